package vn.tinradar.analyze.pipeline.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The members remembered under each headline word pair, and which of them share enough pairs with a headline. */
final class PairPostings {

    private final Map<String, Set<String>> byPair = new HashMap<>();

    void add(String memberId, Collection<String> pairs) {
        for (String pair : pairs) {
            byPair.computeIfAbsent(pair, k -> new HashSet<>()).add(memberId);
        }
    }

    void remove(String memberId, Collection<String> pairs) {
        for (String pair : pairs) {
            Set<String> ids = byPair.get(pair);
            if (ids != null && ids.remove(memberId) && ids.isEmpty()) {
                byPair.remove(pair);
            }
        }
    }

    /**
     * The members found under at least {@code minShared} of {@code pairs}. A pair every local headline has ("lào
     * cai", "cập nhật") lists most members; walking it for every article made clustering quadratic. A member under
     * {@code minShared} pairs is under at least one pair outside the {@code minShared - 1} longest lists, so only
     * the shorter lists are walked and the longest are asked by lookup: the same members, without the long walks.
     */
    Set<String> sharingAtLeast(Collection<String> pairs, int minShared) {
        List<Set<String>> lists = new ArrayList<>();
        for (String pair : new LinkedHashSet<>(pairs)) {
            Set<String> ids = byPair.get(pair);
            if (ids != null) {
                lists.add(ids);
            }
        }
        if (minShared < 1 || lists.size() < minShared) {
            return Set.of();
        }
        lists.sort(Comparator.comparingInt(Set::size));
        int walked = lists.size() - (minShared - 1);
        Map<String, Integer> counts = new HashMap<>();
        for (Set<String> ids : lists.subList(0, walked)) {
            for (String id : ids) {
                counts.merge(id, 1, Integer::sum);
            }
        }
        List<Set<String>> looked = lists.subList(walked, lists.size());
        Set<String> out = new HashSet<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int shared = e.getValue();
            for (Set<String> ids : looked) {
                if (shared >= minShared) {
                    break;
                }
                if (ids.contains(e.getKey())) {
                    shared++;
                }
            }
            if (shared >= minShared) {
                out.add(e.getKey());
            }
        }
        return out;
    }
}
