package vn.tinradar.alerts.spokes;

import java.util.List;

/**
 * An agency as an admin writes it, in the dashboard or on a line of the CSV file, before it is checked.
 *
 * @param level {@code province}, {@code commune} or {@code department}, or in Vietnamese: tỉnh, xã, phường, sở
 * @param place the unit it answers for: a gazetteer id ("02728") or its official name ("Xã Mường Hum")
 * @param topics topic ids ("thien-tai") or their Vietnamese names; none means every topic
 */
public record AgencyDraft(String name, String level, String place, List<String> topics) {

    public AgencyDraft {
        topics = topics == null ? List.of() : List.copyOf(topics);
    }
}
