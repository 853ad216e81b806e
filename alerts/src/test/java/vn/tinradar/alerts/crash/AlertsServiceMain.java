package vn.tinradar.alerts.crash;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.Properties;
import vn.tinradar.alerts.AlertsService;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.config.ConfigDocument;
import vn.tinradar.common.kafka.Topics;

/**
 * The alerts service alone in a JVM of its own, mailing one SMTP server, for tests that kill that JVM with
 * {@code kill -9}: {@code AlertsServiceMain <bootstrap> <topic prefix> <smtp port> <data dir>}. Runs until killed.
 */
public final class AlertsServiceMain {

    private AlertsServiceMain() {
    }

    public static void main(String[] args) throws Exception {
        Properties kafka = new Properties();
        kafka.put("bootstrap.servers", args[0]);
        // the SMTP reply is held back by the test: a generous timeout keeps the send waiting until the kill
        AlertsConfig config = AlertsConfig.from(ConfigDocument.parse("tinradar.yaml", """
                alerts:
                  email:
                    smtp:
                      host: 127.0.0.1
                      port: %s
                      timeout-ms: 120000
                  report:
                    enabled: false
                """.formatted(args[2])).overlay(ConfigDocument.loadResource(AlertsConfig.DEFAULTS_RESOURCE)));
        AlertsService service = new AlertsService(config, new Topics(args[1]), kafka, Path.of(args[3]),
                new SimpleMeterRegistry());
        service.start();
        System.out.println("event=alerts-process-started pid=" + ProcessHandle.current().pid());
        Thread.currentThread().join();
    }
}
