package vn.tinradar.deploy.web;

import vn.tinradar.deploy.incident.IncidentCollector;
import vn.tinradar.deploy.incident.IncidentService;

/**
 * The crisis workspace a web server serves: the incidents, and the collector that keeps them gathering articles
 * (null where analyze does not run); {@link #NONE} for a server without them.
 */
public record Incidents(IncidentService service, IncidentCollector collector) {

    public static final Incidents NONE = new Incidents(null, null);
}
