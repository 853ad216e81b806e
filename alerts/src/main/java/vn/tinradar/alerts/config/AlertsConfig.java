package vn.tinradar.alerts.config;

import java.util.List;
import java.util.Map;
import vn.tinradar.common.config.ConfigDocument;
import vn.tinradar.common.event.Severity;

/**
 * Settings of the alert service, bound from {@code /alerts} of {@code alerts-defaults.yaml} overlaid by the
 * user's file: rules and their thresholds, e-mail (SMTP or outbox), webhook and routes.
 */
public record AlertsConfig(
        String baseUrl,
        int maxArticlesPerAlert,
        int regroupAfterHours,
        int waitForStoriesSeconds,
        boolean useScoredArticles,
        Rules rules,
        Email email,
        Webhook webhook,
        Report report,
        List<Route> routes) {

    public static final String DEFAULTS_RESOURCE = "alerts-defaults.yaml";

    /** The rules and their thresholds. */
    public record Rules(TopicBurst topicBurst, StorySpread storySpread, NegativeSurge negativeSurge,
                        DebunkedClaims debunkedClaims, DraftPolicies draftPolicies, List<WatchList> watchLists,
                        SourceHealth sourceHealth) {

        public Rules {
            watchLists = watchLists == null ? List.of() : List.copyOf(watchLists);
        }
    }

    /**
     * Negative coverage surging on a topic or in a place; a key with history must also turn more negative than its own
     * usual share ({@code minShareRiseScore}, judged when its baseline expects {@code minHistoryArticles} or more).
     */
    public record NegativeSurge(boolean enabled, List<String> kinds, long minNegativeCount, double minNegativeShare,
                                double minBurstScore, double minShareRiseScore, double minHistoryArticles) {
    }

    /** Claims already shown false; a story repeating one is urgent. */
    public record DebunkedClaims(double minOverlap, List<Claim> claims) {

        public DebunkedClaims {
            claims = claims == null ? List.of() : List.copyOf(claims);
        }
    }

    /** One debunked claim and where its correction was published. */
    public record Claim(String id, String claim, String correctionUrl) {
    }

    /**
     * Draft policies under public consultation, when their coverage counts as turning negative, and after how many
     * days without coverage during the consultation they count as gone silent (0: never).
     */
    public record DraftPolicies(double minNegativeShare, int minArticles, int silentAfterDays,
                                List<Policy> policies) {

        public DraftPolicies {
            policies = policies == null ? List.of() : List.copyOf(policies);
        }
    }

    /** A source failing or gone silent (as ingest reports on ingest.health): the alert's severity by tier. */
    public record SourceHealth(boolean enabled, Map<String, Severity> severityByTier) {

        public SourceHealth {
            severityByTier = severityByTier == null ? Map.of() : Map.copyOf(severityByTier);
        }

        /** The severity for a source of this tier; a tier not listed (or none) gives info. */
        public Severity severity(vn.tinradar.common.event.SourceTier tier) {
            return tier == null ? Severity.INFO : severityByTier.getOrDefault(tier.id(), Severity.INFO);
        }
    }

    /** One draft policy: its name, the words that name it, and its consultation period (dates inclusive). */
    public record Policy(String id, String name, List<String> keywords, java.time.LocalDate consultationFrom,
                         java.time.LocalDate consultationTo) {

        public Policy {
            keywords = keywords == null ? List.of() : List.copyOf(keywords);
        }
    }

    /** Names or keywords staff want to hear about whenever a story mentions them. */
    public record WatchList(String name, List<String> keywords, Severity severity) {

        public WatchList {
            keywords = keywords == null ? List.of() : List.copyOf(keywords);
            severity = severity == null ? Severity.INFO : severity;
        }
    }

    /** A public-concern topic bursting in a place. */
    public record TopicBurst(boolean enabled, double minBurstScore, long minCount, double urgentBurstScore,
                             double urgentMinNegativeShare, List<String> urgentAnyToneTopics,
                             Map<String, String> publicConcernTopics) {
    }

    /** A story spreading across low-tier sources or many tiers within a window. */
    public record StorySpread(boolean enabled, int minLowTierSources, int minTiers, int windowHours,
                              double suspiciousScore, double urgentSuspicion) {
    }

    /** SMTP server; an empty host means "write .eml files to the outbox". */
    public record Smtp(String host, int port, String user, String password, boolean tls, int timeoutMs) {

        public boolean configured() {
            return host != null && !host.isBlank();
        }
    }

    /**
     * Alert e-mail: server, sender, recipients, least severity mailed, quiet hours, escalation steps, repeats,
     * the staff's addresses (for assignments) and retries.
     */
    public record Email(boolean enabled, Smtp smtp, String from, List<String> to, Severity minSeverity,
                        QuietHours quietHours, List<EscalationStep> escalation, int repeatAfterHours,
                        Map<String, String> staff, long retryInitialMs, long retryMaxMs) {

        public Email {
            escalation = escalation == null ? List.of() : List.copyOf(escalation);
            staff = staff == null ? Map.of() : Map.copyOf(staff);
            quietHours = quietHours == null ? new QuietHours("", "") : quietHours;
        }

        /** The address of a staff member by user name; a name that is itself an address is used as it is. */
        public java.util.Optional<String> address(String user) {
            if (user == null) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.ofNullable(staff.get(user)).or(() -> java.util.Optional.of(user)
                    .filter(u -> u.contains("@")));
        }
    }

    /** One step up: a group mailed once when an alert is still unacknowledged this long after its first e-mail. */
    public record EscalationStep(int afterMinutes, List<String> to) {

        public EscalationStep {
            to = to == null ? List.of() : List.copyOf(to);
        }
    }

    /** A daily period (HH:mm in Asia/Ho_Chi_Minh, may span midnight) when only urgent alerts are mailed. */
    public record QuietHours(String start, String end) {

        public boolean configured() {
            return start != null && !start.isBlank() && end != null && !end.isBlank();
        }

        public boolean contains(java.time.Instant instant) {
            if (!configured()) {
                return false;
            }
            java.time.LocalTime t = instant.atZone(vn.tinradar.common.text.VnTime.ZONE).toLocalTime();
            java.time.LocalTime from = java.time.LocalTime.parse(start);
            java.time.LocalTime to = java.time.LocalTime.parse(end);
            return from.isBefore(to) ? !t.isBefore(from) && t.isBefore(to) : !t.isBefore(from) || t.isBefore(to);
        }
    }

    /** JSON POST of alerts, signed with HMAC-SHA256 when a secret is set. */
    public record Webhook(String url, String secret, int timeoutMs, Severity minSeverity) {

        public boolean configured() {
            return url != null && !url.isBlank();
        }
    }

    /** The scheduled weekly summary report: when it goes out and to whom (empty: the alert recipients). */
    public record Report(boolean enabled, String dayOfWeek, String time, List<String> to, Issuer issuer) {

        public Report {
            to = to == null ? List.of() : List.copyOf(to);
        }

        public java.time.DayOfWeek day() {
            return java.time.DayOfWeek.valueOf(dayOfWeek.trim().toUpperCase(java.util.Locale.ROOT));
        }

        public java.time.LocalTime at() {
            return java.time.LocalTime.parse(time);
        }
    }

    /**
     * Who issues the report as an administrative document (Nghị định 30/2020/NĐ-CP): the governing body and the
     * agency printed in the header (empty {@code governingBody}: the province's People's Committee), the agency's
     * short code after "BC-" in the number, the place in the date line (empty: the province's name), who signs, and
     * the recipients listed under "Nơi nhận".
     */
    public record Issuer(String governingBody, String agency, String code, String place, String signerTitle,
                         String signerName, List<String> copiesTo) {

        public Issuer {
            copiesTo = copiesTo == null ? List.of() : List.copyOf(copiesTo);
        }
    }

    /** Extra e-mail recipients for alerts matching topics, places, rules and a least severity. */
    public record Route(String name, List<String> topics, List<String> places, List<String> rules,
                        Severity minSeverity, List<String> emailTo) {

        public Route {
            topics = topics == null ? List.of() : List.copyOf(topics);
            places = places == null ? List.of() : List.copyOf(places);
            rules = rules == null ? List.of() : List.copyOf(rules);
            emailTo = emailTo == null ? List.of() : List.copyOf(emailTo);
            minSeverity = minSeverity == null ? Severity.INFO : minSeverity;
        }
    }

    /** The built-in defaults alone, as a service started without a user file would see them. */
    public static AlertsConfig defaults() {
        return from(ConfigDocument.loadResource(DEFAULTS_RESOURCE));
    }

    /** The defaults with the user's file on top, bound and checked; a bad value names its file and line. */
    public static AlertsConfig load(java.nio.file.Path userFile) {
        return from(ConfigDocument.load(userFile).overlay(ConfigDocument.loadResource(DEFAULTS_RESOURCE)));
    }

    /** Binds and validates {@code /alerts}; a bad value raises a ConfigException naming its file and line. */
    public static AlertsConfig from(ConfigDocument doc) {
        AlertsConfig c = doc.bind("/alerts", AlertsConfig.class);
        doc.check(c.baseUrl() != null && c.baseUrl().matches("https?://\\S+"), "/alerts/base-url",
                "must be an http(s) URL but was '" + c.baseUrl() + "'");
        doc.check(c.maxArticlesPerAlert() > 0, "/alerts/max-articles-per-alert",
                "must be > 0 but was " + c.maxArticlesPerAlert());
        doc.check(c.regroupAfterHours() > 0, "/alerts/regroup-after-hours",
                "must be > 0 but was " + c.regroupAfterHours());
        doc.check(c.waitForStoriesSeconds() >= 0 && c.waitForStoriesSeconds() <= 600,
                "/alerts/wait-for-stories-seconds", "must be from 0 to 600 but was " + c.waitForStoriesSeconds());
        doc.check(c.rules() != null && c.rules().topicBurst() != null && c.rules().storySpread() != null,
                "/alerts/rules", "must define topic-burst and story-spread");
        TopicBurst tb = c.rules().topicBurst();
        String tbp = "/alerts/rules/topic-burst";
        doc.check(tb.minBurstScore() > 0, tbp + "/min-burst-score", "must be > 0 but was " + tb.minBurstScore());
        doc.check(tb.minCount() > 0, tbp + "/min-count", "must be > 0 but was " + tb.minCount());
        doc.check(tb.urgentBurstScore() >= tb.minBurstScore(), tbp + "/urgent-burst-score",
                "must be >= min-burst-score (" + tb.minBurstScore() + ") but was " + tb.urgentBurstScore());
        doc.check(tb.publicConcernTopics() != null && !tb.publicConcernTopics().isEmpty(),
                tbp + "/public-concern-topics", "must name at least one topic");
        doc.check(tb.urgentMinNegativeShare() >= 0 && tb.urgentMinNegativeShare() <= 1,
                tbp + "/urgent-min-negative-share", "must be between 0 and 1 but was " + tb.urgentMinNegativeShare());
        doc.check(tb.urgentAnyToneTopics() != null, tbp + "/urgent-any-tone-topics",
                "must be a list of topics (may be empty)");
        if (tb.urgentAnyToneTopics() != null && tb.publicConcernTopics() != null) {
            for (String topic : tb.urgentAnyToneTopics()) {
                doc.check(tb.publicConcernTopics().containsKey(topic), tbp + "/urgent-any-tone-topics",
                        "names '" + topic + "', which is not one of public-concern-topics "
                                + tb.publicConcernTopics().keySet());
            }
        }
        StorySpread ss = c.rules().storySpread();
        String ssp = "/alerts/rules/story-spread";
        doc.check(ss.minLowTierSources() > 0, ssp + "/min-low-tier-sources",
                "must be > 0 but was " + ss.minLowTierSources());
        doc.check(ss.minTiers() > 1, ssp + "/min-tiers", "must be > 1 but was " + ss.minTiers());
        doc.check(ss.windowHours() > 0, ssp + "/window-hours", "must be > 0 but was " + ss.windowHours());
        doc.check(ss.suspiciousScore() >= 0 && ss.suspiciousScore() <= 1, ssp + "/suspicious-score",
                "must be in [0, 1] but was " + ss.suspiciousScore());
        doc.check(ss.urgentSuspicion() >= 0 && ss.urgentSuspicion() <= 1, ssp + "/urgent-suspicion",
                "must be in [0, 1] but was " + ss.urgentSuspicion());
        NegativeSurge ns = c.rules().negativeSurge();
        String nsp = "/alerts/rules/negative-surge";
        doc.check(ns != null, nsp, "must be present");
        doc.check(ns.kinds() != null && !ns.kinds().isEmpty(), nsp + "/kinds", "must name at least one trend kind");
        for (int i = 0; i < ns.kinds().size(); i++) {
            doc.check(List.of("topic", "place", "topic-place").contains(ns.kinds().get(i)), nsp + "/kinds/" + i,
                    "must be topic, place or topic-place but was '" + ns.kinds().get(i) + "'");
        }
        doc.check(ns.minNegativeCount() > 0, nsp + "/min-negative-count",
                "must be > 0 but was " + ns.minNegativeCount());
        doc.check(ns.minNegativeShare() > 0 && ns.minNegativeShare() <= 1, nsp + "/min-negative-share",
                "must be in (0, 1] but was " + ns.minNegativeShare());
        doc.check(ns.minShareRiseScore() >= 0, nsp + "/min-share-rise-score",
                "must be >= 0 but was " + ns.minShareRiseScore());
        doc.check(ns.minHistoryArticles() > 0, nsp + "/min-history-articles",
                "must be > 0 but was " + ns.minHistoryArticles());
        DebunkedClaims dc = c.rules().debunkedClaims();
        String dcp = "/alerts/rules/debunked-claims";
        doc.check(dc != null, dcp, "must be present");
        doc.check(dc.minOverlap() > 0 && dc.minOverlap() <= 1, dcp + "/min-overlap",
                "must be in (0, 1] but was " + dc.minOverlap());
        for (int i = 0; i < dc.claims().size(); i++) {
            Claim claim = dc.claims().get(i);
            doc.check(claim.id() != null && claim.id().matches("[a-z0-9-]+"), dcp + "/claims/" + i + "/id",
                    "must be [a-z0-9-]+ but was '" + claim.id() + "'");
            doc.check(claim.claim() != null && claim.claim().trim().split("\\s+").length >= 3,
                    dcp + "/claims/" + i + "/claim", "a claim needs at least 3 words but was '" + claim.claim() + "'");
        }
        DraftPolicies dp = c.rules().draftPolicies();
        String dpp = "/alerts/rules/draft-policies";
        doc.check(dp != null, dpp, "must be present");
        doc.check(dp.minNegativeShare() > 0 && dp.minNegativeShare() <= 1, dpp + "/min-negative-share",
                "must be in (0, 1] but was " + dp.minNegativeShare());
        doc.check(dp.minArticles() > 0, dpp + "/min-articles", "must be > 0 but was " + dp.minArticles());
        doc.check(dp.silentAfterDays() >= 0, dpp + "/silent-after-days",
                "must be >= 0 (0: never) but was " + dp.silentAfterDays());
        for (int i = 0; i < dp.policies().size(); i++) {
            Policy policy = dp.policies().get(i);
            String pp = dpp + "/policies/" + i;
            doc.check(policy.id() != null && policy.id().matches("[a-z0-9-]+"), pp + "/id",
                    "must be [a-z0-9-]+ but was '" + policy.id() + "'");
            doc.check(policy.name() != null && !policy.name().isBlank(), pp + "/name", "a policy needs a name");
            doc.check(!policy.keywords().isEmpty(), pp + "/keywords", "policy '" + policy.id() + "' has no keywords");
            doc.check(policy.consultationFrom() != null && policy.consultationTo() != null
                            && !policy.consultationTo().isBefore(policy.consultationFrom()), pp + "/consultation-to",
                    "needs consultation-from and a consultation-to not before it (yyyy-MM-dd)");
        }
        SourceHealth sh = c.rules().sourceHealth();
        String shp = "/alerts/rules/source-health";
        doc.check(sh != null, shp, "must be present");
        java.util.Set<String> tiers = java.util.Arrays.stream(vn.tinradar.common.event.SourceTier.values())
                .map(vn.tinradar.common.event.SourceTier::id).collect(java.util.stream.Collectors.toSet());
        for (Map.Entry<String, Severity> e : sh.severityByTier().entrySet()) {
            doc.check(tiers.contains(e.getKey()), shp + "/severity-by-tier/" + e.getKey(),
                    "unknown source tier '" + e.getKey() + "', expected one of " + new java.util.TreeSet<>(tiers));
            doc.check(e.getValue() != null, shp + "/severity-by-tier/" + e.getKey(), "must be info, warning or urgent");
        }
        List<WatchList> watch = c.rules().watchLists();
        for (int i = 0; i < watch.size(); i++) {
            String wp = "/alerts/rules/watch-lists/" + i;
            doc.check(watch.get(i).name() != null && !watch.get(i).name().isBlank(), wp, "a watch-list needs a name");
            doc.check(!watch.get(i).keywords().isEmpty(), wp + "/keywords",
                    "watch-list '" + watch.get(i).name() + "' has no keywords");
            for (int j = 0; j < watch.get(i).keywords().size(); j++) {
                String k = watch.get(i).keywords().get(j);
                doc.check(k != null && k.strip().length() >= 2, wp + "/keywords/" + j,
                        "a keyword needs at least 2 characters but was '" + k + "'");
            }
        }
        Email e = c.email();
        doc.check(e != null && e.smtp() != null, "/alerts/email", "must define smtp");
        doc.check(e.smtp().port() > 0 && e.smtp().port() < 65536, "/alerts/email/smtp/port",
                "must be a TCP port but was " + e.smtp().port());
        doc.check(e.smtp().timeoutMs() > 0, "/alerts/email/smtp/timeout-ms",
                "must be > 0 but was " + e.smtp().timeoutMs());
        doc.check(e.from() != null && e.from().contains("@"), "/alerts/email/from",
                "must be an e-mail address but was '" + e.from() + "'");
        doc.check(e.to() != null, "/alerts/email/to", "must be a list of addresses");
        for (int i = 0; i < e.to().size(); i++) {
            doc.check(e.to().get(i) != null && e.to().get(i).contains("@"), "/alerts/email/to/" + i,
                    "must be an e-mail address but was '" + e.to().get(i) + "'");
        }
        doc.check(e.minSeverity() != null, "/alerts/email/min-severity", "must be info, warning or urgent");
        QuietHours q = e.quietHours();
        for (String part : new String[] {"start", "end"}) {
            String value = part.equals("start") ? q.start() : q.end();
            doc.check(value == null || value.isBlank() || value.matches("([01]\\d|2[0-3]):[0-5]\\d"),
                    "/alerts/email/quiet-hours/" + part, "must be HH:mm (e.g. 22:00) but was '" + value + "'");
        }
        doc.check(q.configured() || (blank(q.start()) && blank(q.end())), "/alerts/email/quiet-hours",
                "needs both start and end, or neither");
        int previousStep = 0;
        for (int i = 0; i < e.escalation().size(); i++) {
            EscalationStep step = e.escalation().get(i);
            String sp = "/alerts/email/escalation/" + i;
            doc.check(step.afterMinutes() > previousStep, sp + "/after-minutes", "must be > " + previousStep
                    + (i == 0 ? "" : " (the step before)") + " but was " + step.afterMinutes());
            previousStep = step.afterMinutes();
            doc.check(!step.to().isEmpty(), sp + "/to", "an escalation step needs at least one address");
            for (int j = 0; j < step.to().size(); j++) {
                doc.check(step.to().get(j) != null && step.to().get(j).contains("@"), sp + "/to/" + j,
                        "must be an e-mail address but was '" + step.to().get(j) + "'");
            }
        }
        for (Map.Entry<String, String> member : e.staff().entrySet()) {
            doc.check(member.getValue() != null && member.getValue().contains("@"),
                    "/alerts/email/staff/" + member.getKey(), "must be an e-mail address but was '"
                            + member.getValue() + "'");
        }
        doc.check(e.repeatAfterHours() >= 0, "/alerts/email/repeat-after-hours",
                "must be >= 0 but was " + e.repeatAfterHours());
        doc.check(e.retryInitialMs() > 0, "/alerts/email/retry-initial-ms",
                "must be > 0 but was " + e.retryInitialMs());
        doc.check(e.retryMaxMs() >= e.retryInitialMs(), "/alerts/email/retry-max-ms",
                "must be >= retry-initial-ms but was " + e.retryMaxMs());
        Webhook w = c.webhook();
        doc.check(w != null, "/alerts/webhook", "must be present");
        doc.check(!w.configured() || w.url().matches("https?://\\S+"), "/alerts/webhook/url",
                "must be empty or an http(s) URL but was '" + w.url() + "'");
        doc.check(w.timeoutMs() > 0, "/alerts/webhook/timeout-ms", "must be > 0 but was " + w.timeoutMs());
        doc.check(w.minSeverity() != null, "/alerts/webhook/min-severity", "must be info, warning or urgent");
        Report rep = c.report();
        doc.check(rep != null, "/alerts/report", "must be present");
        doc.check(rep.dayOfWeek() != null && java.util.Arrays.stream(java.time.DayOfWeek.values())
                        .anyMatch(d -> d.name().equalsIgnoreCase(rep.dayOfWeek().trim())), "/alerts/report/day-of-week",
                "must be monday … sunday but was '" + rep.dayOfWeek() + "'");
        doc.check(rep.time() != null && rep.time().matches("([01]\\d|2[0-3]):[0-5]\\d"), "/alerts/report/time",
                "must be HH:mm (e.g. 07:00) but was '" + rep.time() + "'");
        for (int i = 0; i < rep.to().size(); i++) {
            doc.check(rep.to().get(i) != null && rep.to().get(i).contains("@"), "/alerts/report/to/" + i,
                    "must be an e-mail address but was '" + rep.to().get(i) + "'");
        }
        Issuer issuer = rep.issuer();
        String ip = "/alerts/report/issuer";
        doc.check(issuer != null, ip, "must be present");
        doc.check(issuer.agency() != null && !issuer.agency().isBlank(), ip + "/agency",
                "must name the agency that issues the report (e.g. SỞ THÔNG TIN VÀ TRUYỀN THÔNG)");
        doc.check(issuer.code() != null && issuer.code().matches("[A-ZĐ][A-ZĐ0-9&]*"), ip + "/code",
                "must be the agency's short code in capitals (e.g. STTTT) but was '" + issuer.code() + "'");
        doc.check(issuer.signerTitle() != null && !issuer.signerTitle().isBlank(), ip + "/signer-title",
                "must say who signs (e.g. GIÁM ĐỐC)");
        doc.check(!issuer.copiesTo().isEmpty(), ip + "/copies-to",
                "must list at least one recipient for \"Nơi nhận\" (e.g. \"Lưu: VT\")");
        for (int i = 0; i < issuer.copiesTo().size(); i++) {
            doc.check(issuer.copiesTo().get(i) != null && !issuer.copiesTo().get(i).isBlank(), ip + "/copies-to/" + i,
                    "must not be empty");
        }
        List<Route> routes = c.routes() == null ? List.of() : c.routes();
        for (int i = 0; i < routes.size(); i++) {
            Route r = routes.get(i);
            String rp = "/alerts/routes/" + i;
            doc.check(r.name() != null && !r.name().isBlank(), rp, "a route needs a name");
            doc.check(!r.emailTo().isEmpty(), rp + "/email-to", "route '" + r.name() + "' names no recipient");
            for (int j = 0; j < r.emailTo().size(); j++) {
                doc.check(r.emailTo().get(j).contains("@"), rp + "/email-to/" + j,
                        "must be an e-mail address but was '" + r.emailTo().get(j) + "'");
            }
        }
        return new AlertsConfig(c.baseUrl().replaceAll("/+$", ""), c.maxArticlesPerAlert(), c.regroupAfterHours(),
                c.waitForStoriesSeconds(), c.useScoredArticles(), c.rules(), c.email(), c.webhook(), c.report(), List.copyOf(routes));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
