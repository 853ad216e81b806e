package vn.tinradar.common.test;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.tinradar.common.kafka.Topics;

/**
 * Lends each test class the one broker of this test JVM, started by the first class that asks and stopped after
 * the last, with the class's own topics created under a prefix no other class may use. Register it as a field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SharedBroker KAFKA = new SharedBroker(new Topics("incidents-it."), 1);
 * ...
 * KAFKA.broker().sendArticles(articles);
 * }</pre>
 *
 * A class that stops, restarts or secures its broker must not use it: it starts its own with {@link TestBroker#start}.
 */
public final class SharedBroker implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedBroker.class);

    private final Topics topics;
    private final int partitions;
    private volatile TestBroker lent;

    /** The class's {@code topics}, each created with {@code partitions} partitions before its first test. */
    public SharedBroker(Topics topics, int partitions) {
        this.topics = topics;
        this.partitions = partitions;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        // the root context's store lives until every class of this JVM has run, then closes the broker
        Started started = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Started.class, key -> Started.start(), Started.class);
        TestBroker broker = started.broker().lentTo(context.getRequiredTestClass().getSimpleName(), topics);
        broker.createTopics(topics, partitions);
        lent = broker;
    }

    /** The shared broker as this class sees it (its topics for {@link TestBroker#sendArticles}). */
    public TestBroker broker() {
        TestBroker broker = lent;
        if (broker == null) {
            throw new IllegalStateException("the shared broker is lent before the class's first test: register"
                    + " SharedBroker on a static field with @RegisterExtension");
        }
        return broker;
    }

    /** The JVM's broker in the root store, which closes it when the test run ends. */
    private record Started(TestBroker broker) implements AutoCloseable {

        static Started start() {
            try {
                return new Started(TestBroker.startShared());
            } catch (Exception e) {
                throw new IllegalStateException("the shared test broker did not start: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws Exception {
            broker.close();
        }
    }
}
