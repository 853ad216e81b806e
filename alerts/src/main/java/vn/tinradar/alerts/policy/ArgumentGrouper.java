package vn.tinradar.alerts.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups the sentences of one stance into main arguments by the phrases they share: a phrase is two adjacent
 * syllables, neither a function word nor a stance cue, and not part of the policy's key terms. The phrase most sentences share forms the first argument
 * with every sentence that has it (its term grown to the longest run of words they all share), then the next among the rest, until no phrase is shared by two sentences; those
 * left form one last group with an empty term. The representative is the sentence sharing the most phrases with
 * its group (ties: the shorter, then the earlier).
 */
public final class ArgumentGrouper {

    /** Syllables that carry no subject on their own. */
    static final Set<String> FUNCTION_WORDS = Set.of("của", "và", "các", "những", "là", "có", "được", "cho", "với",
            "trong", "này", "đó", "khi", "để", "thì", "mà", "từ", "theo", "về", "một", "không", "chưa", "đã", "sẽ",
            "đang", "cũng", "như", "nhiều", "rất", "vào", "ra", "lại", "nên", "phải", "bị", "tại", "do", "nếu",
            "hay", "hoặc", "còn", "chỉ", "đến", "trên", "sau", "trước", "vì", "nhưng", "tuy", "nhiên", "song", "ông",
            "bà", "anh", "chị", "tôi", "chúng", "họ", "nói", "biết", "thể", "việc", "điều", "nhất", "hơn",
            "cần", "quá", "đây", "vẫn", "đều", "mới", "ở", "sự", "gì", "nào", "thế", "rằng", "cả", "nhằm", "qua");

    private ArgumentGrouper() {
    }

    /** The arguments of {@code sentences} (all of one stance), largest first, the ungrouped last. */
    public static List<Argument> group(Stance stance, List<FeedbackSentence> sentences) {
        List<Set<String>> phrases = sentences.stream().map(ArgumentGrouper::phrases).toList();
        List<Integer> left = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            left.add(i);
        }
        List<Argument> out = new ArrayList<>();
        while (true) {
            Map<String, Integer> shared = new HashMap<>();
            for (int i : left) {
                phrases.get(i).forEach(p -> shared.merge(p, 1, Integer::sum));
            }
            var best = shared.entrySet().stream().filter(e -> e.getValue() >= 2)
                    .max(Map.Entry.<String, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())));
            if (best.isEmpty()) {
                break;
            }
            String term = best.get().getKey();
            List<Integer> members = left.stream().filter(i -> phrases.get(i).contains(term)).toList();
            left.removeAll(members);
            out.add(argument(stance, widened(term, members, sentences), members, sentences, phrases));
        }
        if (!left.isEmpty()) {
            out.add(argument(stance, "", left, sentences, phrases));
        }
        return out;
    }

    private static Argument argument(Stance stance, String term, List<Integer> members,
                                     List<FeedbackSentence> sentences, List<Set<String>> phrases) {
        Map<String, Integer> within = new HashMap<>();
        members.forEach(i -> phrases.get(i).forEach(p -> within.merge(p, 1, Integer::sum)));
        int best = members.get(0);
        int bestScore = -1;
        for (int i : members) {
            int score = phrases.get(i).stream().mapToInt(p -> within.get(p) - 1).sum();
            boolean shorter = sentences.get(i).text().length() < sentences.get(best).text().length();
            if (score > bestScore || score == bestScore && shorter) {
                best = i;
                bestScore = score;
            }
        }
        return new Argument(stance, term, sentences.get(best), members.stream().map(sentences::get).toList());
    }

    /** The phrase grown word by word, left and right, while every member still has it ("đất nông nghiệp"). */
    static String widened(String term, List<Integer> members, List<FeedbackSentence> sentences) {
        List<String> texts = members.stream().map(i -> " " + StanceRules.words(sentences.get(i).text()) + " ").toList();
        String[] first = texts.get(0).trim().split(" ");
        String best = term;
        for (int from = 0; from < first.length; from++) {
            for (int to = from + 2; to <= first.length; to++) {
                String candidate = String.join(" ", java.util.Arrays.copyOfRange(first, from, to));
                if (candidate.length() > best.length() && (" " + candidate + " ").contains(" " + term + " ")
                        && texts.stream().allMatch(t -> t.contains(" " + candidate + " "))) {
                    best = candidate;
                }
            }
        }
        return best;
    }

    /** The two-syllable phrases of a sentence that may carry its subject. */
    static Set<String> phrases(FeedbackSentence sentence) {
        Set<String> cueWords = new LinkedHashSet<>();
        sentence.cues().forEach(c -> cueWords.addAll(List.of(StanceRules.words(c).split(" "))));
        String[] w = StanceRules.words(sentence.text()).split(" ");
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i + 1 < w.length; i++) {
            if (content(w[i], cueWords) && content(w[i + 1], cueWords)) {
                out.add(w[i] + " " + w[i + 1]);
            }
        }
        out.remove(FeedbackExtractor.DRAFT);
        // the policy's own key terms are in every sentence about it, so they tell no argument from another
        sentence.names().forEach(n -> out.removeIf(p -> (" " + StanceRules.words(n) + " ").contains(" " + p + " ")));
        return out;
    }

    private static boolean content(String syllable, Set<String> cueWords) {
        return !syllable.isEmpty() && !FUNCTION_WORDS.contains(syllable) && !cueWords.contains(syllable)
                && !syllable.chars().allMatch(Character::isDigit);
    }
}
