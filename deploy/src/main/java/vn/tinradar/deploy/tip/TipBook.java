package vn.tinradar.deploy.tip;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.tinradar.common.event.Tip;

/** This process's view of every tip, as the {@code tips} topic last said; a null value removes one. */
public final class TipBook {

    private final Map<String, Tip> byId = new ConcurrentHashMap<>();

    /**
     * Applies {@code tip} as read from the topic when it continues the state held ({@link Tip#continues}); a record
     * written on an older state is ignored, on every instance alike.
     *
     * @return whether the book now holds {@code tip} (for a null value: whether it removed one)
     */
    public boolean put(String id, Tip tip) {
        if (tip == null) {
            return byId.remove(id) != null;
        }
        return byId.merge(id, tip, (held, read) -> read.continues(held) ? read : held) == tip;
    }

    public Optional<Tip> get(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** Newest first. */
    public List<Tip> all() {
        return byId.values().stream().sorted(Comparator.comparing(Tip::submittedAt,
                Comparator.nullsLast(Comparator.reverseOrder()))).toList();
    }
}
