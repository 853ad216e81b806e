package vn.tinradar.deploy.web;

import vn.tinradar.alerts.AlertsService;
import vn.tinradar.analyze.AnalyzeService;
import vn.tinradar.deploy.kafka.BrokerContact;
import vn.tinradar.deploy.web.http.HttpErrors;
import vn.tinradar.ingest.IngestService;

/**
 * The services this process runs; any may be null when the process runs only some of them. {@code kafka} tells
 * whether the cluster answers ({@code /health}); null where no cluster is watched (web tests).
 */
public record Backends(IngestService ingest, AnalyzeService analyze, AlertsService alerts, BrokerContact kafka) {

    public Backends(IngestService ingest, AnalyzeService analyze, AlertsService alerts) {
        this(ingest, analyze, alerts, null);
    }

    /** The analyze service, or a 503 naming it when this process does not run it. */
    AnalyzeService needAnalyze() {
        return HttpErrors.need(analyze, "analyze");
    }

    AlertsService needAlerts() {
        return HttpErrors.need(alerts, "alerts");
    }

    IngestService needIngest() {
        return HttpErrors.need(ingest, "ingest");
    }
}
