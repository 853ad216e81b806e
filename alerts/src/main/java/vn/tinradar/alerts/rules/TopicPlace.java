package vn.tinradar.alerts.rules;

/**
 * The topic and the place of a {@code topic-place} trend key. The key is "topic@place" (or joined by one
 * of {@code | / :}); the label, when it names the place after " tại ", " · " or " – ", gives its
 * Vietnamese name, otherwise the key's place part is shown.
 */
record TopicPlace(String topic, String placeKey, String place) {

    private static final String[] LABEL_SEPARATORS = {" tại ", " · ", " – ", " - ", " | ", " @ ", " / "};

    static TopicPlace parse(String key, String label) {
        String k = key == null ? "" : key;
        // analyze writes "topic@place"; the others are accepted for hand-written or older keys
        int cut = -1;
        for (char sep : new char[] {'@', '|', '/', ':'}) {
            int i = k.indexOf(sep);
            if (i > 0) {
                cut = i;
                break;
            }
        }
        String topic = cut < 0 ? k : k.substring(0, cut);
        String placeKey = cut < 0 ? "" : k.substring(cut + 1);
        return new TopicPlace(topic, placeKey, placeName(label, placeKey));
    }

    private static String placeName(String label, String placeKey) {
        if (label != null) {
            for (String sep : LABEL_SEPARATORS) {
                int i = label.lastIndexOf(sep);
                if (i >= 0 && i + sep.length() < label.length()) {
                    return label.substring(i + sep.length()).trim();
                }
            }
        }
        return placeKey.isEmpty() ? "tỉnh" : placeKey;
    }
}
