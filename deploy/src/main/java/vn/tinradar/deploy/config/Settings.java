package vn.tinradar.deploy.config;

import java.nio.file.Path;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.analyze.config.AnalyzeConfig;
import vn.tinradar.common.config.ConfigDocument;
import vn.tinradar.common.province.Province;
import vn.tinradar.common.province.ProvinceSetting;
import vn.tinradar.ingest.config.IngestConfig;

/**
 * All of a process's settings: each module's defaults file, overlaid by the user's {@code tinradar.yaml},
 * bound to typed records and checked once at start-up. {@code file} is the user's file (null: defaults only).
 */
public record Settings(ConfigDocument document, DeployConfig deploy, IngestConfig ingest, AnalyzeConfig analyze,
                       AlertsConfig alerts, Path file) {

    private static final String[] DEFAULTS = {"deploy-defaults.yaml", "ingest-defaults.yaml",
        "analyze-defaults.yaml", "alerts-defaults.yaml"};

    /**
     * The same settings with this instance's advertised host and the peer secret replaced when given (not null
     * or blank): they come from the command line and the environment rather than the shared file.
     */
    public Settings withPeering(String advertisedHost, String peerSecret) {
        DeployConfig.Web w = deploy.web();
        String host = advertisedHost == null || advertisedHost.isBlank() ? w.advertisedHost() : advertisedHost.trim();
        String secret = peerSecret == null || peerSecret.isBlank() ? w.peerSecret() : peerSecret;
        DeployConfig d = new DeployConfig(deploy.kafka(), new DeployConfig.Web(w.port(), w.publicUrl(), w.sessionHours(),
                w.users(), host, secret, w.services()), deploy.demo());
        return new Settings(document, d, ingest, analyze, alerts, file);
    }

    /** Loads the defaults and, when {@code userFile} is not null, the user's file on top. */
    public static Settings load(Path userFile) {
        ConfigDocument merged = ConfigDocument.empty();
        for (String resource : DEFAULTS) {
            merged = ConfigDocument.loadResource(resource).overlay(merged);
        }
        if (userFile != null) {
            merged = ConfigDocument.load(userFile).overlay(merged);
        }
        merged = publicUrlForAlertLinks(merged);
        ProvinceSetting.from(merged);
        return new Settings(merged, DeployConfig.from(merged), IngestConfig.from(merged), AnalyzeConfig.from(merged),
                AlertsConfig.from(merged), userFile);
    }

    /** When {@code web.public-url} is set, the links in alert e-mails and feeds start with it too. */
    private static ConfigDocument publicUrlForAlertLinks(ConfigDocument merged) {
        com.fasterxml.jackson.databind.JsonNode url = merged.at("/web/public-url");
        if (url == null || !url.isTextual() || !url.asText().strip().matches("https?://\\S+")) {
            return merged;
        }
        String base = url.asText().strip().replaceAll("/+$", "");
        return ConfigDocument.parse("web.public-url", "alerts:\n  base-url: '" + base.replace("'", "''") + "'\n")
                .overlay(merged);
    }

    /** The province this installation watches ({@code province:}, checked at load): gazetteer, wording, header. */
    public Province province() {
        return ProvinceSetting.from(document);
    }
}
