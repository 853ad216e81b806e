import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import vn.tinradar.deploy.kafka.PartitionCheck;

/**
 * Prints, each time it changes, how many partitions of the topics starting with PREFIX are below their
 * min.insync.replicas or without a leader, checked every 500 ms the way TinRadar's /health checks them every 5 s
 * (PartitionCheck): the time the cluster itself shrank the ISR, against which TinRadar's own report can be timed.
 * One line per change, {@code at=... under_min_isr=N leaderless=M}; runs until killed. Compiled and run by
 * faults.sh: java -cp tinradar.jar:CLASSES InSyncWatch BOOTSTRAP PREFIX
 */
public class InSyncWatch {

    public static void main(String[] args) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", args[0], "client.id", "fault-in-sync-watch",
                "request.timeout.ms", "3000", "default.api.timeout.ms", "4000"))) {
            String last = "";
            while (true) {
                String now;
                try {
                    PartitionCheck.Result r = PartitionCheck.run(admin, args[1], Duration.ofSeconds(3), Instant.now());
                    now = "under_min_isr=" + r.underMinIsrCount() + " leaderless=" + r.leaderlessCount();
                } catch (Exception e) {
                    // a broker that just died answers nothing for a moment: asked again at the next turn
                    now = "error=" + e.getClass().getSimpleName();
                }
                if (!now.equals(last)) {
                    System.out.println("at=" + Instant.now() + " " + now);
                    last = now;
                }
                TimeUnit.MILLISECONDS.sleep(500);
            }
        }
    }
}
