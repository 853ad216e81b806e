package vn.tinradar.ingest;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something the polling threads do, failing the test after a bound instead of hanging. */
public final class Await {

    private Await() {
    }

    public static void until(BooleanSupplier condition) throws InterruptedException {
        until(condition, Duration.ofSeconds(15));
    }

    public static void until(BooleanSupplier condition, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + limit.toSeconds() + " s");
            }
            Thread.sleep(20);
        }
    }
}
