package vn.tinradar.alerts.policy.book;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.event.DraftPolicy;

/**
 * Joins the draft policies of the settings file (the seed) with those staff entered in the dashboard: an entry of
 * the dashboard takes the place of the settings' policy with the same id, since staff edit a draft's window and
 * terms as the consultation goes, and the file is written once at installation.
 */
public final class PolicyMerge {

    private PolicyMerge() {
    }

    /** Every policy, settings' order first, then the dashboard's new ones by id. */
    public static List<ListedPolicy> merge(List<AlertsConfig.Policy> settings, List<DraftPolicy> dashboard) {
        Map<String, ListedPolicy> out = new LinkedHashMap<>();
        for (AlertsConfig.Policy p : settings) {
            out.put(p.id(), new ListedPolicy(p, "", ListedPolicy.SETTINGS, null));
        }
        for (DraftPolicy d : dashboard) {
            String origin = out.containsKey(d.id()) ? ListedPolicy.DASHBOARD_OVER_SETTINGS : ListedPolicy.DASHBOARD;
            out.put(d.id(), new ListedPolicy(new AlertsConfig.Policy(d.id(), d.name(), d.keywords(),
                    d.consultationFrom(), d.consultationTo()), d.agency(), origin, d.updatedBy()));
        }
        return new ArrayList<>(out.values());
    }

    /** {@code config} with its draft policies replaced by the merged ones: what the rules follow. */
    public static AlertsConfig apply(AlertsConfig config, List<DraftPolicy> dashboard) {
        if (dashboard.isEmpty()) {
            return config;
        }
        AlertsConfig.Rules r = config.rules();
        AlertsConfig.DraftPolicies dp = r.draftPolicies();
        List<AlertsConfig.Policy> merged = merge(dp.policies(), dashboard).stream().map(ListedPolicy::policy).toList();
        AlertsConfig.Rules rules = new AlertsConfig.Rules(r.topicBurst(), r.storySpread(), r.negativeSurge(),
                r.debunkedClaims(), new AlertsConfig.DraftPolicies(dp.minNegativeShare(), dp.minArticles(),
                dp.silentAfterDays(), merged), r.watchLists(), r.sourceHealth());
        return new AlertsConfig(config.baseUrl(), config.maxArticlesPerAlert(), config.regroupAfterHours(),
                config.waitForStoriesSeconds(), config.useScoredArticles(), rules, config.email(), config.webhook(), config.report(), config.routes());
    }
}
