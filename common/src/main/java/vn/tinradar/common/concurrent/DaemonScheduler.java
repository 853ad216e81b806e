package vn.tinradar.common.concurrent;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** One named daemon thread for periodic work, so a forgotten close never keeps the JVM from exiting. */
public final class DaemonScheduler {

    private DaemonScheduler() {
    }

    /** A single-thread scheduler whose thread is called {@code threadName} (as thread dumps and logs show it). */
    public static ScheduledExecutorService named(String threadName) {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }
}
