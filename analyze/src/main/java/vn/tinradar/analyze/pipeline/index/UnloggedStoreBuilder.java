package vn.tinradar.analyze.pipeline.index;

import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.state.StoreBuilder;

/** Builds a custom store that has no changelog and no cache: for state derived from a logged store. */
final class UnloggedStoreBuilder<T extends StateStore> implements StoreBuilder<T> {

    private final String name;
    private final Supplier<T> factory;

    UnloggedStoreBuilder(String name, Supplier<T> factory) {
        this.name = name;
        this.factory = factory;
    }

    @Override
    public StoreBuilder<T> withCachingEnabled() {
        throw new UnsupportedOperationException("store " + name + " has no cache");
    }

    @Override
    public StoreBuilder<T> withCachingDisabled() {
        return this;
    }

    @Override
    public StoreBuilder<T> withLoggingEnabled(Map<String, String> config) {
        throw new UnsupportedOperationException("store " + name + " is derived and never logged");
    }

    @Override
    public StoreBuilder<T> withLoggingDisabled() {
        return this;
    }

    @Override
    public T build() {
        return factory.get();
    }

    @Override
    public Map<String, String> logConfig() {
        return Map.of();
    }

    @Override
    public boolean loggingEnabled() {
        return false;
    }

    @Override
    public String name() {
        return name;
    }
}
