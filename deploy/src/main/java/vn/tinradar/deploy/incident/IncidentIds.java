package vn.tinradar.deploy.incident;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import vn.tinradar.common.event.Incident;

/**
 * Incident ids derived from what the incident is opened from, so that opening it again (after a write the caller
 * was told failed, which the producer may still store) names the same incident instead of making a second one.
 */
final class IncidentIds {

    private IncidentIds() {
    }

    /**
     * {@code inc-} and 8 hex digits of a digest of the subject ("alert" or "story", its id) and how many incidents
     * were opened from that subject before: an incident closed and opened again later gets a new id, a retry of
     * the same open the same one.
     */
    static String openedFrom(String from, String fromId, List<Incident> known) {
        long earlier = known.stream()
                .filter(i -> from.equals(i.openedFrom()) && fromId.equals(i.openedFromId()) && !i.open()).count();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((from + "|" + fromId + "|" + earlier).getBytes(StandardCharsets.UTF_8));
            return "inc-" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable in this JVM", e);
        }
    }
}
