package vn.tinradar.deploy.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.test.TestBroker;
import vn.tinradar.deploy.kafka.BrokerContact;

/**
 * Issue 12: with every broker down, {@code /health} answered 200 and ready because Kafka Streams stays RUNNING.
 * Readiness now follows whether a broker answers; a broker of the class's own is stopped and started again.
 */
class ReadinessWithoutBrokersIT {

    private static TestBroker broker;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = TestBroker.start(new Topics("readiness."), 1);
    }

    @AfterAll
    static void stopBroker() throws Exception {
        broker.close();
    }

    @Test
    void healthIsNotReadyWhileTheBrokerIsDownAndReadyAgainOnceItServes() throws Exception {
        try (BrokerContact contact = new BrokerContact(broker.kafka(), "readiness.", Duration.ofMillis(500),
                Duration.ofSeconds(3), Clock.systemUTC()).start();
             WebFixture web = new WebFixture("", new Backends(null, null, null, contact))) {
            contact.bindTo(web.registry());
            assertThat(health(web).statusCode()).isEqualTo(200);
            JsonNode partitions = Json.mapper().readTree(health(web).body()).path("components").path("kafka")
                    .path("partitions");
            assertThat(partitions.path("writable").asBoolean()).as(partitions.toString()).isTrue();
            assertThat(partitions.path("partitions").asInt()).isEqualTo(new Topics("readiness.").all().size());
            assertThat(metrics(web)).contains("tinradar_kafka_partitions_under_min_isr 0.0");

            broker.stopServing();
            TestBroker.await(() -> health(web).statusCode() == 503, "/health to answer 503 with the broker down");
            JsonNode down = Json.mapper().readTree(health(web).body());
            assertThat(down.path("live").asBoolean()).isTrue();
            assertThat(down.path("ready").asBoolean()).isFalse();
            assertThat(down.path("notReadyBecause").get(0).asText()).startsWith("no Kafka broker answered for ");
            assertThat(down.path("components").path("kafka").path("reachable").asBoolean()).isFalse();
            assertThat(metrics(web)).contains("tinradar_kafka_brokers_reachable 0.0");

            broker.startAgain();
            TestBroker.await(() -> health(web).statusCode() == 200, "/health to answer 200 once the broker serves");
            assertThat(Json.mapper().readTree(health(web).body()).has("notReadyBecause")).isFalse();
            assertThat(metrics(web)).contains("tinradar_kafka_brokers_reachable 1.0");
        }
    }

    private static HttpResponse<String> health(WebFixture web) {
        try {
            return web.http.send(HttpRequest.newBuilder(web.uri("/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("GET /health failed", e);
        }
    }

    private static String metrics(WebFixture web) throws Exception {
        return web.http.send(HttpRequest.newBuilder(web.uri("/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
