package vn.tinradar.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HostPolitenessTest {

    @Test
    void spacesRequestStartsToOneHostByTheMinimumInterval() throws Exception {
        List<Long> waits = new CopyOnWriteArrayList<>();
        HostPoliteness politeness = new HostPoliteness(4, 2, 300, waits::add);
        long start = System.nanoTime();

        for (int i = 0; i < 3; i++) {
            politeness.acquire("baolaocai.vn:443", 0).close();
        }

        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(600);
        assertThat(waits).hasSize(3);
    }

    @Test
    void longerCrawlDelayWinsOverTheMinimumInterval() throws Exception {
        HostPoliteness politeness = new HostPoliteness(4, 2, 0, ms -> { });
        long start = System.nanoTime();

        politeness.acquire("baoyenbai.com.vn:80", 400).close();
        politeness.acquire("baoyenbai.com.vn:80", 400).close();

        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(400);
    }

    @Test
    void otherHostsDoNotWaitForABusyOne() throws Exception {
        HostPoliteness politeness = new HostPoliteness(4, 1, 5_000, ms -> { });
        politeness.acquire("baolaocai.vn:443", 0).close();
        long start = System.nanoTime();

        politeness.acquire("laocai.gov.vn:443", 0).close();

        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_000);
    }

    @Test
    void neverHasMoreThanPerHostRequestsInFlightToOneHost() throws Exception {
        HostPoliteness politeness = new HostPoliteness(8, 2, 0, ms -> { });
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(6);
        for (int i = 0; i < 6; i++) {
            new Thread(() -> {
                try (HostPoliteness.Turn turn = politeness.acquire("baolaocai.vn:443", 0)) {
                    most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    Thread.sleep(50);
                    inFlight.decrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }).start();
        }

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void neverHasMoreThanTheGlobalCapInFlightOverAllHosts() throws Exception {
        HostPoliteness politeness = new HostPoliteness(3, 2, 0, ms -> { });
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(8);
        for (int i = 0; i < 8; i++) {
            String host = "bao-" + i + ".vn:443";
            new Thread(() -> {
                try (HostPoliteness.Turn turn = politeness.acquire(host, 0)) {
                    most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    Thread.sleep(50);
                    inFlight.decrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }).start();
        }

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(most.get()).isEqualTo(3);
    }
}
