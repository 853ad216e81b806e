package vn.tinradar.analyze.score.relevance;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.tinradar.analyze.score.gazetteer.Gazetteer;
import vn.tinradar.analyze.score.text.PhraseIndex;
import vn.tinradar.analyze.score.text.Token;
import vn.tinradar.analyze.score.text.Tokenizer;
import vn.tinradar.common.text.VietnameseText;

/**
 * Tells whether one mention of the province is incidental, from the words just before it and the sentence around it.
 * Cue words match with or without diacritics, as place names do, and never across a sentence or a closed parenthesis.
 */
final class MentionContexts {

    /** How many syllables before a mention a cue may stand ("trú tại thôn 3, xã Bình Hòa, tỉnh ..."). */
    private static final int HOME_WINDOW = 12;
    /** How many syllables of a name may separate an institution word from the place ("Trường Đại học Y Hà Nội"). */
    private static final int NAME_WINDOW = 8;
    /** Other provinces in one sentence that make it a list. */
    private static final int LIST_OTHERS = 2;

    private static final PhraseIndex<Incidental> BEFORE = new PhraseIndex<>();
    private static final PhraseIndex<Boolean> PERSON = new PhraseIndex<>();
    /** Inside a parenthesis, words that say it describes a person: "(46 tuổi, Hà Nội)", "(SN 1995, ...)". */
    private static final PhraseIndex<Boolean> PERSON_DETAIL = new PhraseIndex<>();
    private static final PhraseIndex<Boolean> SPORTS = new PhraseIndex<>();

    static {
        // not "sinh ở": "thí sinh ở Hà Nội" is a candidate of the city
        for (String cue : List.of("quê", "ngụ", "sinh năm", "sinh ra", "đến từ", "hộ khẩu", "người gốc")) {
            BEFORE.add(cue, Incidental.HOME);
        }
        // "trú" only as a residence: "trú tại", "tạm trú", "(SN 1990, trú xã ...)"; the syllable alone is also the
        // "bán trú" of semi-boarding schools, "nội trú" and "trú ẩn" (issue 11: a school's province read as a home)
        for (String cue : List.of("trú tại", "trú ở", "tạm trú", "thường trú", "cư trú")) {
            BEFORE.add(cue, Incidental.HOME);
        }
        for (String unit : List.of("thôn", "xóm", "bản", "ấp", "tổ", "khu phố", "xã", "phường", "thị trấn", "huyện",
                "quận", "thị xã", "thành phố", "TP", "tỉnh")) {
            BEFORE.add("trú " + unit, Incidental.HOME);
        }
        for (String cue : List.of("CLB", "câu lạc bộ", "đội bóng")) {
            BEFORE.add(cue, Incidental.CLUB);
        }
        for (String cue : List.of("đại học", "ĐH", "học viện", "trường", "cao đẳng", "THPT", "THCS", "đài truyền hình",
                "đoàn luật sư")) {
            BEFORE.add(cue, Incidental.INSTITUTION);
        }
        for (String cue : List.of("anh", "chị", "ông", "bà", "em", "cô", "chú", "cụ", "cháu", "bé")) {
            PERSON.add(cue, true);
        }
        for (String cue : List.of("tuổi", "SN", "sinh")) {
            PERSON_DETAIL.add(cue, true);
        }
        for (String cue : List.of("V-League", "bóng đá", "cầu thủ", "sân cỏ", "trận đấu")) {
            SPORTS.add(cue, true);
        }
    }

    private final Gazetteer.Reading reading;
    private final ArticleLayout layout;
    private final boolean weatherReport;
    private final boolean sportsText;

    MentionContexts(Gazetteer.Reading reading, ArticleLayout layout, boolean weatherReport) {
        this.reading = reading;
        this.layout = layout;
        this.weatherReport = weatherReport;
        this.sportsText = !SPORTS.findAll(reading.tokens()).isEmpty();
    }

    /** Why the mention is incidental, or empty when it may make the province the subject. */
    Optional<Incidental> of(Gazetteer.Mention m) {
        Zone zone = layout.zone(m.from());
        if (m.from() > 0 && is(m.from() - 1, "giờ")) {
            return Optional.of(Incidental.TIME_ZONE);
        }
        if (club(m)) {
            return Optional.of(Incidental.CLUB);
        }
        if (weatherReport && zone != Zone.TITLE) {
            return Optional.of(Incidental.WEATHER);
        }
        if (creditOrAddress(m)) {
            return Optional.of(Incidental.CREDIT);
        }
        if (inList(m, zone)) {
            return Optional.of(Incidental.LIST);
        }
        Optional<Incidental> cue = cueBefore(m, zone);
        if (cue.isPresent()) {
            return cue;
        }
        return personInParentheses(m) ? Optional.of(Incidental.HOME) : Optional.empty();
    }

    /** "CLB Công an Hà Nội", or "Công an Hà Nội" in a football report. */
    private boolean club(Gazetteer.Mention m) {
        int k = m.from();
        boolean police = k >= 2 && is(k - 2, "công") && is(k - 1, "an");
        if (police && sportsText) {
            return true;
        }
        int from = police ? k - 2 : k;
        return cueEndingAt(from, 2).filter(c -> c == Incidental.CLUB).isPresent();
    }

    /**
     * Two or more other provinces in the sentence; in the body, one is enough ("tại Hà Nội và TP HCM"): a national
     * article pairs the big cities there, while a headline or lead pairing two provinces is about both.
     */
    private boolean inList(Gazetteer.Mention m, Zone zone) {
        int sentence = layout.sentence(m.from());
        Set<String> others = new HashSet<>();
        for (Gazetteer.OtherProvinceMention o : reading.otherProvinces()) {
            if (layout.sentence(o.from()) == sentence) {
                others.add(o.code());
            }
        }
        return others.size() >= (zone == Zone.BODY ? 1 : LIST_OTHERS);
    }

    /** A home, institution or credit cue in the same sentence not long before, not behind a closed parenthesis. */
    private Optional<Incidental> cueBefore(Gazetteer.Mention m, Zone zone) {
        int sentence = layout.sentence(m.from());
        for (int k = m.from() - 1; k >= Math.max(0, m.from() - HOME_WINDOW); k--) {
            if (layout.sentence(k) != sentence || closedParenthesisBetween(k, m.from())) {
                break;
            }
            for (PhraseIndex.Match<Incidental> c : BEFORE.matchesAt(reading.tokens(), k)) {
                if (c.to() > m.from()) {
                    continue;
                }
                Incidental kind = c.entry().value();
                if (boardingSchool(k)) {
                    continue;
                }
                boolean near = m.from() - c.to() <= NAME_WINDOW;
                if (kind == Incidental.HOME
                        || (kind == Incidental.INSTITUTION && zone != Zone.TITLE && near && nameBetween(c.to(), m.from()))) {
                    return Optional.of(kind);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "(Ảnh: Tiến Thắng)", "Nguồn: ...", "Địa chỉ cửa hàng: 24 Tràng Tiền, Hà Nội": the mention follows such a label
     * and its colon in the same line and sentence; "nguồn thu" (revenue) has no colon.
     */
    private boolean creditOrAddress(Gazetteer.Mention m) {
        int at = reading.tokens().get(m.from()).start();
        String before = reading.text().substring(Math.max(0, at - CREDIT_CHARS), at);
        return CREDIT.matcher(before).find();
    }

    private static final int CREDIT_CHARS = 80;
    private static final Pattern CREDIT = Pattern.compile(
            "(?iu)(?<!\\p{L})(ảnh|nguồn|địa chỉ[^.\\n:]{0,30})\\s*:[^.\\n:()]*$");

    /**
     * "Chị Nhung (Nam Từ Liêm, Hà Nội)", "(46 tuổi, trú ...)": the mention sits in a parenthesis right after a person,
     * or in one that gives a person's age or birth year.
     */
    private boolean personInParentheses(Gazetteer.Mention m) {
        String text = reading.text();
        int at = reading.tokens().get(m.from()).start();
        int open = text.lastIndexOf('(', at);
        if (open < 0 || text.lastIndexOf(')', at) > open) {
            return false;
        }
        int k = m.from() - 1;
        while (k >= 0 && reading.tokens().get(k).start() > open) {
            if (!PERSON_DETAIL.matchesAt(reading.tokens(), k).isEmpty()) {
                return true;
            }
            k--;
        }
        for (int j = k; j >= Math.max(0, k - 4); j--) {
            if (!PERSON.matchesAt(reading.tokens(), j).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words between an institution word and the place are the rest of its name ("Đại học Bách khoa Hà Nội",
     * "Trường Đại học Khoa học Xã hội và Nhân văn Hà Nội"): a capitalised first word and no preposition, which
     * would say where the institution is rather than what it is called ("trường học ở Hà Nội").
     */
    private boolean nameBetween(int from, int to) {
        if (from < to && !reading.tokens().get(from).capitalised()) {
            return false;
        }
        for (int k = from; k < to; k++) {
            for (String preposition : PREPOSITIONS) {
                if (is(k, preposition)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** "Trường ... bán trú tỉnh ...", "nội trú tại ...": the "trú" at {@code k} names a boarding school, not a home. */
    private boolean boardingSchool(int k) {
        return is(k, "trú") && k > 0 && (is(k - 1, "bán") || is(k - 1, "nội"));
    }

    private static final List<String> PREPOSITIONS = List.of("ở", "tại", "của", "cho", "với", "từ", "trên");

    private Optional<Incidental> cueEndingAt(int end, int maxGap) {
        for (int k = end - 1; k >= Math.max(0, end - 1 - maxGap - 2); k--) {
            for (PhraseIndex.Match<Incidental> c : BEFORE.matchesAt(reading.tokens(), k)) {
                if (c.to() <= end && end - c.to() <= maxGap) {
                    return Optional.of(c.entry().value());
                }
            }
        }
        return Optional.empty();
    }

    private boolean closedParenthesisBetween(int fromToken, int toToken) {
        String between = reading.text().substring(reading.tokens().get(fromToken).end(),
                reading.tokens().get(toToken).start());
        return between.indexOf(')') >= 0;
    }

    /** The syllable is {@code word}, with the same diacritics when the text writes them ("giờ", not "gio" for "gió"). */
    private boolean is(int token, String word) {
        Token t = reading.tokens().get(token);
        boolean accented = t.accentedText() || t.hasDiacritics();
        return t.folded().equals(VietnameseText.fold(word)) && (!accented || t.exact().equals(Tokenizer.exactKey(word)));
    }
}
