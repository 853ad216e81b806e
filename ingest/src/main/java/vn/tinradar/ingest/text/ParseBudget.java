package vn.tinradar.ingest.text;

import java.io.Reader;
import java.io.StringReader;
import java.time.Duration;

/**
 * A time limit for reading one document (parsing and extraction). Java cannot stop a thread that is busy
 * computing, so the work checks the limit itself: parsers read their input through {@link #reader} and long
 * loops over a document's elements call {@link #check}; past the limit they throw {@link Exceeded}, which
 * the crawler turns into a rejection with a reason, and the thread is free again.
 *
 * <p>The limit is kept per thread so that the parsers' signatures (shared with the extract tool and tests,
 * which run without a limit) stay as they are.
 */
public final class ParseBudget {

    /** The document took longer than its budget; expected for hostile input, so no stack trace is kept. */
    public static final class Exceeded extends RuntimeException {
        Exceeded(long budgetMs) {
            super("took longer than " + budgetMs + " ms to read", null, false, false);
        }
    }

    /** Work on one document, which may fail with its own checked exception. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    private record Limit(long deadlineNanos, long budgetMs) {
    }

    private static final ThreadLocal<Limit> CURRENT = new ThreadLocal<>();

    private ParseBudget() {
    }

    /** Runs {@code work} with {@code budget} for the whole of it; throws {@link Exceeded} when it runs out. */
    public static <T, E extends Exception> T within(Duration budget, Work<T, E> work) throws E {
        Limit outer = CURRENT.get();
        CURRENT.set(new Limit(System.nanoTime() + budget.toNanos(), budget.toMillis()));
        try {
            return work.run();
        } finally {
            CURRENT.set(outer);
        }
    }

    /** Throws {@link Exceeded} when the current thread's document is over its budget; free when there is none. */
    public static void check() {
        Limit limit = CURRENT.get();
        if (limit != null && System.nanoTime() - limit.deadlineNanos > 0) {
            throw new Exceeded(limit.budgetMs);
        }
    }

    /** {@code text} as a reader that checks the budget on every read, for parsers that read in chunks. */
    public static Reader reader(String text) {
        return new StringReader(text) {
            @Override
            public int read(char[] buf, int off, int len) throws java.io.IOException {
                check();
                return super.read(buf, off, Math.min(len, 8192));
            }

            @Override
            public int read() throws java.io.IOException {
                check();
                return super.read();
            }
        };
    }
}
