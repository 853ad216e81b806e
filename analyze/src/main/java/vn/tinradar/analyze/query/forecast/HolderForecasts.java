package vn.tinradar.analyze.query.forecast;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A trend key's forecast made where the key's day-window counts are: here, or on the other instance that holds the
 * key's partition, asked over the network. When that instance does not answer within the timeout the forecast says
 * so ({@link KeyForecast#unansweredBy()}) instead of claiming too little history.
 */
public final class HolderForecasts {

    private static final Logger LOG = LoggerFactory.getLogger(HolderForecasts.class);

    /** Asks another instance for the forecast it makes from its own counts; empty when it does not hold them. */
    public interface Remote {
        CompletableFuture<Optional<KeyForecast>> forecast(HostInfo host, ForecastQuery query);
    }

    private final TrendForecasts local;
    private final Function<String, Optional<HostInfo>> otherHolder;
    private final Remote remote;
    private final Duration timeout;

    /**
     * @param otherHolder the other instance holding a trend key's partition, empty when it is this one (or unknown)
     * @param timeout how long all the peer calls of one request may take together
     */
    public HolderForecasts(TrendForecasts local, Function<String, Optional<HostInfo>> otherHolder, Remote remote,
                           Duration timeout) {
        this.local = local;
        this.otherHolder = otherHolder;
        this.remote = remote;
        this.timeout = timeout;
    }

    /**
     * The forecast of one key.
     *
     * @throws IllegalArgumentException naming the parameter, before any instance is asked
     */
    public KeyForecast forecast(ForecastQuery query) {
        return forecasts(List.of(query)).get(0);
    }

    /**
     * The forecasts of several keys in their order. The peer calls are all sent first and then awaited against one
     * deadline, so a page of trends whose holder is down waits one timeout, not one per key.
     *
     * @throws IllegalArgumentException naming the parameter of the first bad query, before any instance is asked
     */
    public List<KeyForecast> forecasts(List<ForecastQuery> queries) {
        queries.forEach(q -> TrendForecasts.check(q.kind(), q.key(), q.days()));
        List<Optional<HostInfo>> holders = queries.stream().map(q -> otherHolder.apply(q.trendKey())).toList();
        List<CompletableFuture<Optional<KeyForecast>>> calls = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            ForecastQuery q = queries.get(i);
            calls.add(holders.get(i).map(host -> remote.forecast(host, q)).orElse(null));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        List<KeyForecast> out = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            ForecastQuery q = queries.get(i);
            CompletableFuture<Optional<KeyForecast>> call = calls.get(i);
            out.add(call == null ? local.forecast(q.kind(), q.key(), q.days())
                    : answer(holders.get(i).orElseThrow(), q, call, deadline));
        }
        return out;
    }

    private KeyForecast answer(HostInfo host, ForecastQuery q, CompletableFuture<Optional<KeyForecast>> call,
                               long deadline) {
        String peer = host.host() + ":" + host.port();
        try {
            Optional<KeyForecast> answer = call.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (answer.isPresent()) {
                return answer.get();
            }
            LOG.warn("event=peer-forecast-failed peer={} key={} error=not-held-there", peer, q.trendKey());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("event=peer-forecast-failed peer={} key={} error={}", peer, q.trendKey(),
                    e instanceof TimeoutException ? "timeout" : String.valueOf(e.getCause()));
        }
        call.cancel(true);
        return local.unanswered(q.kind(), q.key(), q.days(), peer);
    }
}
