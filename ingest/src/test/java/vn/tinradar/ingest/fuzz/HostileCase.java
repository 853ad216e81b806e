package vn.tinradar.ingest.fuzz;

import java.util.Map;
import vn.tinradar.ingest.source.FeedKind;

/**
 * One hostile input: what the crawler is pointed at and the routes that play it.
 *
 * @param family the kind of attack, e.g. {@code billion-laughs}, {@code slow-drip}
 * @param kind how the source declares the feed
 * @param entry path the source's feed points at (for page cases, a plain feed linking to the hostile page)
 * @param routes every path the case serves, hostile ones included
 * @param forbidden paths that must never be requested (stand-ins for internal services)
 */
record HostileCase(int index, String family, FeedKind kind, String entry, Map<String, HostileServer.Responder> routes,
                   java.util.Set<String> forbidden) {

    String name() {
        return family + "#" + index;
    }
}
