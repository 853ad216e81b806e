package vn.tinradar.alerts.spokes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.tinradar.common.event.Agency;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.province.PlaceHierarchy;

/**
 * Which agencies answer for an alert: those whose topics include the alert's topic (an agency with no topics answers
 * for every topic) and whose place is the alert's place or a unit it lies in, up the administrative hierarchy (a
 * commune's alert reaches the commune, its former district and the province). An alert without a place, or with one
 * outside the province's hierarchy, is about the province as a whole. Nearest agencies come first.
 */
public final class AgencyRouter {

    /**
     * One agency answering for the alert, and why.
     *
     * @param distance 0 when the agency's place is the alert's, 1 for the unit just above, and so on
     */
    public record Responsible(Agency agency, String topicReason, String placeReason, int distance) {

        /** The reasons as staff read them: "chủ đề Thiên tai; địa bàn Tỉnh Lào Cai (gồm Xã Mường Hum)". */
        public String why() {
            return topicReason + "; " + placeReason;
        }
    }

    private final PlaceHierarchy places;
    private final Map<String, String> topicNames;

    public AgencyRouter(PlaceHierarchy places, Map<String, String> topicNames) {
        this.places = places;
        this.topicNames = Map.copyOf(topicNames);
    }

    public List<Responsible> route(Alert alert, List<Agency> agencies) {
        PlaceHierarchy.Place where = places.find(alert.place()).orElse(places.provincePlace());
        List<String> reach = new ArrayList<>();
        reach.add(where.id());
        reach.addAll(places.ancestors(where.id()));
        List<Responsible> out = new ArrayList<>();
        for (Agency a : agencies) {
            int distance = reach.indexOf(a.placeId());
            String topicReason = topicReason(a, alert.topic());
            if (distance < 0 || topicReason == null) {
                continue;
            }
            out.add(new Responsible(a, topicReason, placeReason(a.placeId(), where, distance), distance));
        }
        out.sort(Comparator.comparingInt(Responsible::distance).thenComparing(r -> r.agency().name()));
        return out;
    }

    private String topicReason(Agency a, String topic) {
        if (a.topics().isEmpty()) {
            return "mọi chủ đề";
        }
        if (topic != null && a.topics().contains(topic)) {
            return "chủ đề " + topicNames.getOrDefault(topic, topic);
        }
        return null;
    }

    private String placeReason(String agencyPlace, PlaceHierarchy.Place where, int distance) {
        String name = places.find(agencyPlace).map(PlaceHierarchy.Place::name).orElse(agencyPlace);
        return distance == 0 ? "địa bàn " + name : "địa bàn " + name + " (gồm " + where.name() + ")";
    }
}
