package vn.tinradar.common.test;

import java.lang.management.ManagementFactory;
import vn.tinradar.common.kafka.Topics;

/**
 * What one test broker costs: starts a {@link TestBroker} with every topic and closes it, N times in one JVM, and
 * prints the wall time and this JVM's CPU time of each round. CPU time is the figure to compare on a shared
 * machine, where wall time depends on everyone else's load. Arguments: rounds (default 3).
 */
public final class BrokerStartCost {

    private BrokerStartCost() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 1; i <= rounds; i++) {
            long wall = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            try (TestBroker broker = TestBroker.start(new Topics("cost-" + i + "."), 1)) {
                broker.bootstrapServers();
            }
            System.out.printf("event=broker-start-stop round=%d wall-s=%.1f cpu-s=%.1f load=%.1f%n", i,
                    (System.nanoTime() - wall) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9,
                    os.getSystemLoadAverage());
        }
    }
}
