package vn.tinradar.alerts.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.tinradar.common.text.VietnameseText;

/**
 * Reads which way a sentence leans by cue words, so every verdict can be explained by the words that made it.
 * A support cue after "không", "chưa" or "chẳng" ("chưa hợp lý") counts against. When a sentence has cues both ways,
 * the side named after its last "nhưng", "tuy nhiên" or "song" wins (the clause a Vietnamese writer ends on is the
 * point), and without such a word the objection wins. A sentence with neither but with a doubt cue or a question
 * mark is a question; one with no cue at all is neutral. Two opposite cues offered as a choice ("ủng hộ hay phản
 * đối", "hợp lý hay không") ask the reader rather than take a side: they count as a doubt, not as cues.
 */
public final class StanceRules {

    /** Words of approval. */
    static final List<String> FOR = List.of("đồng tình", "ủng hộ", "hợp lý", "cần thiết", "phù hợp", "đúng đắn",
            "kịp thời", "hoan nghênh", "tán thành", "đồng ý", "nhất trí", "thiết thực", "khả thi", "công bằng",
            "minh bạch", "tích cực", "đánh giá cao", "tạo thuận lợi", "giảm áp lực", "bảo đảm quyền lợi",
            "đảm bảo quyền lợi", "chặt chẽ", "hợp tình", "đúng hướng");
    /** Words of objection, or of asking the drafters to change something. */
    static final List<String> AGAINST = List.of("bất cập", "chưa thỏa đáng", "chưa thoả đáng", "phản đối",
            "thiệt thòi", "xem xét lại", "bất hợp lý", "lo ngại", "lo lắng", "gây khó", "khó cho", "bất lợi",
            "nguy hiểm", "bất công", "thiếu công bằng", "rủi ro", "gánh nặng", "chồng chéo", "vội vàng", "hệ lụy",
            "hệ luỵ", "quá cao", "quá thấp", "quá ngắn", "kiến nghị", "đề nghị điều chỉnh", "cần điều chỉnh",
            "cần sửa", "nên bỏ", "thiếu cơ sở", "tốn kém", "khó khăn", "áp lực", "thiếu thực tế");
    /** Words of doubt: the writer asks rather than judges. */
    static final List<String> DOUBT = List.of("băn khoăn", "thắc mắc", "liệu", "hoài nghi", "chưa rõ", "làm sao",
            "như thế nào", "ra sao");
    private static final List<String> NEGATIONS = List.of("không", "chưa", "chẳng", "thiếu");
    private static final List<String> CONTRASTS = List.of("nhưng", "tuy nhiên", "song");
    /** Words that offer two sides as a choice: "đồng tình hay phản đối", "hợp lý hoặc bất cập". */
    private static final List<String> ALTERNATIVES = List.of("hay", "hoặc", "hay là");
    /** Every support–objection pair joined by an alternative word, padded with spaces as {@link #words} are. */
    private static final List<String> CHOICE_PHRASES = choicePhrases();

    private StanceRules() {
    }

    /**
     * Lower-case words with their diacritics, separated by single spaces: cues are compared with diacritics
     * because folding them away would make "song" (but) of "sông" (river) and "liệu" (whether) of "tài liệu".
     */
    static String words(String s) {
        return s == null ? "" : VietnameseText.nfc(s).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    private static List<String> found(String words, List<String> cues) {
        return cues.stream().filter(c -> words.contains(" " + words(c) + " ")).toList();
    }

    /** The stance of {@code sentence} and the cues behind it (a negated cue is shown with its negation). */
    public static StanceReading read(String sentence) {
        String words = " " + words(sentence) + " ";
        List<Choice> choices = choices(words);
        List<Cue> cues = new ArrayList<>();
        for (String c : FOR) {
            for (int at : occurrences(words, c)) {
                if (insideAChoice(choices, at)) {
                    continue;
                }
                String negation = negationBefore(words, at);
                boolean alsoAgainst = AGAINST.stream().anyMatch(a -> covers(words, a, at, c));
                if (alsoAgainst) {
                    continue; // "bất hợp lý", "thiếu công bằng" are read as objections on their own
                }
                cues.add(negation == null ? new Cue(c, Stance.FOR, at)
                        : new Cue(negation + " " + c, Stance.AGAINST, at));
            }
        }
        for (String c : AGAINST) {
            for (int at : occurrences(words, c)) {
                if (insideAChoice(choices, at)) {
                    continue;
                }
                cues.add(new Cue(c, Stance.AGAINST, at));
            }
        }
        Stance stance = decide(words, cues);
        if (stance == null) {
            List<String> doubts = new ArrayList<>(choices.stream().map(Choice::words).toList());
            doubts.addAll(found(words, DOUBT));
            if (sentence.strip().endsWith("?")) {
                doubts.add("?");
            }
            return new StanceReading(doubts.isEmpty() ? Stance.NEUTRAL : Stance.QUESTION, doubts);
        }
        cues.sort((a, b) -> Integer.compare(a.at, b.at));
        return new StanceReading(stance, cues.stream().map(Cue::words).distinct().toList());
    }

    private static Stance decide(String words, List<Cue> cues) {
        long pro = cues.stream().filter(c -> c.stance == Stance.FOR).count();
        long con = cues.size() - pro;
        if (pro == 0 && con == 0) {
            return null;
        }
        if (pro == 0 || con == 0) {
            return pro > 0 ? Stance.FOR : Stance.AGAINST;
        }
        int contrast = CONTRASTS.stream().mapToInt(c -> words.lastIndexOf(" " + words(c) + " "))
                .max().orElse(-1);
        if (contrast >= 0) {
            long proAfter = cues.stream().filter(c -> c.at > contrast && c.stance == Stance.FOR).count();
            long conAfter = cues.stream().filter(c -> c.at > contrast && c.stance == Stance.AGAINST).count();
            if (proAfter != conAfter) {
                return proAfter > conAfter ? Stance.FOR : Stance.AGAINST;
            }
        }
        return Stance.AGAINST;
    }

    /**
     * The places where a support cue and an objection cue, or a support cue and "không", are joined by "hay" or
     * "hoặc": a question put to the reader (a forum's "Bạn ủng hộ hay phản đối…") rather than the writer's view.
     */
    private static List<Choice> choices(String words) {
        List<Choice> out = new ArrayList<>();
        if (ALTERNATIVES.stream().noneMatch(or -> words.contains(" " + or + " "))) {
            return out;
        }
        for (String phrase : CHOICE_PHRASES) {
            for (int at = words.indexOf(phrase); at >= 0; at = words.indexOf(phrase, at + 1)) {
                out.add(new Choice(phrase.strip(), at, at + phrase.length() - 1));
            }
        }
        return out;
    }

    private static List<String> choicePhrases() {
        List<String> out = new ArrayList<>();
        for (String support : FOR) {
            for (String or : ALTERNATIVES) {
                out.add(" " + words(support + " " + or + " không") + " ");
                for (String objection : AGAINST) {
                    out.add(" " + words(support + " " + or + " " + objection) + " ");
                    out.add(" " + words(objection + " " + or + " " + support) + " ");
                }
            }
        }
        return List.copyOf(out);
    }

    private static boolean insideAChoice(List<Choice> choices, int at) {
        return choices.stream().anyMatch(c -> at >= c.from && at < c.to);
    }

    /** Where the folded {@code cue} starts in the padded folded words, at word boundaries. */
    private static List<Integer> occurrences(String words, String cue) {
        String w = " " + words(cue) + " ";
        List<Integer> at = new ArrayList<>();
        for (int i = words.indexOf(w); i >= 0; i = words.indexOf(w, i + 1)) {
            at.add(i);
        }
        return at;
    }

    private static String negationBefore(String words, int at) {
        for (String n : NEGATIONS) {
            String w = " " + words(n);
            if (at >= w.length() && words.startsWith(w, at - w.length())) {
                return n;
            }
        }
        return null;
    }

    /** Whether an objection cue spans the support cue found at {@code at} ("bất hợp lý" over "hợp lý"). */
    private static boolean covers(String words, String against, int at, String support) {
        String a = " " + words(against) + " ";
        String s = " " + words(support) + " ";
        int inner = a.indexOf(s);
        return inner >= 0 && at - inner >= 0 && words.startsWith(a, at - inner);
    }

    private record Cue(String words, Stance stance, int at) {
    }

    /** Two sides offered as a choice, over [from, to) of the padded words. */
    private record Choice(String words, int from, int to) {
    }
}
