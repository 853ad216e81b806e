package vn.tinradar.alerts.spokes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.tinradar.common.event.Agency;
import vn.tinradar.common.event.Spokesperson;
import vn.tinradar.common.province.PlaceHierarchy;
import vn.tinradar.common.text.VietnameseText;

/**
 * Checks a draft agency or spokesperson and turns it into the record kept: the place resolved to its gazetteer id,
 * topics to their ids, the level to its id. A mistake throws {@link IllegalArgumentException} with a Vietnamese
 * message naming the field and the value.
 */
final class DirectoryRules {

    static final int MAX_NAME = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[+0-9 .()-]{6,20}");
    private static final Map<String, String> LEVELS = Map.ofEntries(
            Map.entry("province", "province"), Map.entry("tinh", "province"), Map.entry("cap tinh", "province"),
            Map.entry("commune", "commune"), Map.entry("xa", "commune"), Map.entry("phuong", "commune"),
            Map.entry("cap xa", "commune"), Map.entry("department", "department"), Map.entry("so", "department"),
            Map.entry("so nganh", "department"), Map.entry("nganh", "department"));

    private final PlaceHierarchy places;
    private final Map<String, String> topicNames;

    /** @param topicNames the taxonomy's topic ids and their Vietnamese names, the only topics an agency may name */
    DirectoryRules(PlaceHierarchy places, Map<String, String> topicNames) {
        this.places = places;
        this.topicNames = Map.copyOf(topicNames);
    }

    Agency agency(String id, AgencyDraft d, Instant at, String by) {
        String name = required(d.name(), "tên cơ quan");
        String level = LEVELS.get(VietnameseText.fold(blankToEmpty(d.level()).strip().toLowerCase(Locale.ROOT)));
        if (level == null) {
            throw new IllegalArgumentException("Cấp '" + blankToEmpty(d.level()) + "' không hợp lệ: dùng province "
                    + "(tỉnh), commune (xã, phường) hoặc department (sở, ngành).");
        }
        String placeValue = blankToEmpty(d.place()).strip();
        PlaceHierarchy.Place place = placeValue.isEmpty() ? places.provincePlace()
                : places.find(placeValue).orElseThrow(() -> new IllegalArgumentException("Địa bàn '" + placeValue
                + "' không có trong danh mục đơn vị hành chính của " + places.province().inSentence()
                + ": ghi mã (ví dụ " + places.province().code() + ") hoặc tên đầy đủ như 'Xã Mường Hum'."));
        return new Agency(Agency.VERSION, id, name, level, place.id(), topics(d.topics()), at, by);
    }

    Spokesperson person(String id, PersonDraft d, Instant at, String by) {
        String name = required(d.name(), "họ tên người phát ngôn");
        String email = blankToEmpty(d.email()).strip();
        if (!EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("Thư điện tử '" + email + "' của " + name + " không hợp lệ.");
        }
        String phone = blankToEmpty(d.phone()).strip();
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            throw new IllegalArgumentException("Số điện thoại '" + phone + "' của " + name + " không hợp lệ.");
        }
        return new Spokesperson(Spokesperson.VERSION, id, name, blankToEmpty(d.position()).strip(), d.agencyId(),
                email, phone, at, by);
    }

    private List<String> topics(List<String> given) {
        Set<String> ids = new LinkedHashSet<>();
        for (String t : given) {
            String value = t == null ? "" : t.strip();
            if (value.isEmpty()) {
                continue;
            }
            ids.add(topicId(value));
        }
        return new ArrayList<>(ids);
    }

    private String topicId(String value) {
        if (topicNames.containsKey(value)) {
            return value;
        }
        String folded = VietnameseText.fold(value).toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : topicNames.entrySet()) {
            if (VietnameseText.fold(e.getValue()).toLowerCase(Locale.ROOT).equals(folded)) {
                return e.getKey();
            }
        }
        throw new IllegalArgumentException("Chủ đề '" + value + "' không có trong danh mục chủ đề; dùng mã như "
                + String.join(", ", topicNames.keySet().stream().sorted().limit(4).toList()) + "...");
    }

    /** A stable id from a name: its letters without diacritics, joined by dashes ("van-phong-ubnd-tinh"). */
    static String slug(String name) {
        String s = VietnameseText.fold(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return s.length() <= 60 ? s : s.substring(0, 60).replaceAll("-+$", "");
    }

    private static String required(String value, String field) {
        String v = blankToEmpty(value).strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException("Thiếu " + field + ".");
        }
        if (v.length() > MAX_NAME) {
            throw new IllegalArgumentException(field + " dài quá " + MAX_NAME + " ký tự.");
        }
        return VietnameseText.nfc(v);
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s;
    }
}
