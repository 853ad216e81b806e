package vn.tinradar.analyze.score.suspicion;

import vn.tinradar.common.event.SourceTier;

/** The licensed press and government portals: sources whose licence, not their age or wording, is the trust. */
final class TrustedTiers {

    private TrustedTiers() {
    }

    static boolean trusted(SourceTier tier) {
        return tier == SourceTier.PROVINCIAL_PRESS || tier == SourceTier.NATIONAL_PRESS
                || tier == SourceTier.GOVERNMENT_PORTAL;
    }
}
