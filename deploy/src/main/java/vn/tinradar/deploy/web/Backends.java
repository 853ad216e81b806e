package vn.tinradar.deploy.web;

import vn.tinradar.alerts.AlertsService;
import vn.tinradar.analyze.AnalyzeService;
import vn.tinradar.ingest.IngestService;

/** The services this process runs; any may be null when the process runs only some of them. */
public record Backends(IngestService ingest, AnalyzeService analyze, AlertsService alerts) {
}
