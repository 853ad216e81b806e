package vn.tinradar.deploy.e2e;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far the Kafka Streams threads of a process are behind, from its Prometheus scrape: the records lag of each
 * stream thread's main consumer, per client and partition, as ops' lag rule reads it.
 */
final class StreamLag {

    private static final Pattern SERIES = Pattern.compile(
            "^kafka_consumer_fetch_manager_records_lag\\{(.*)} (\\S+)$");
    private static final Pattern CLIENT = Pattern.compile("client_id=\"([^\"]*-StreamThread-[0-9]+-consumer)\"");
    private static final Pattern TOPIC = Pattern.compile("topic=\"([^\"]*)\"");
    private static final Pattern PARTITION = Pattern.compile("partition=\"([^\"]*)\"");

    private StreamLag() {
    }

    /** Lag by "client topic-partition"; NaN where the consumer has not fetched yet. */
    static Map<String, Double> of(String scrape) {
        Map<String, Double> lag = new TreeMap<>();
        for (String line : scrape.split("\n")) {
            Matcher series = SERIES.matcher(line);
            if (!series.matches()) {
                continue;
            }
            Matcher client = CLIENT.matcher(series.group(1));
            Matcher topic = TOPIC.matcher(series.group(1));
            Matcher partition = PARTITION.matcher(series.group(1));
            if (client.find() && topic.find() && partition.find()) {
                lag.put(client.group(1) + " " + topic.group(1) + "-" + partition.group(1),
                        Double.parseDouble(series.group(2)));
            }
        }
        return lag;
    }

    /** "N partitions, M records behind", for a message. */
    static String summary(Map<String, Double> lag) {
        double behind = lag.values().stream().mapToDouble(Double::doubleValue).sum();
        return lag.size() + " partitions, " + (Double.isNaN(behind) ? "not all fetched yet" : (long) behind + " records behind");
    }

    /** Whether the analyze and the alerts stream threads both report, and every partition is read up to its end. */
    static boolean allReadUp(Map<String, Double> lag) {
        boolean analyze = lag.keySet().stream().anyMatch(k -> k.contains(".analyze-"));
        boolean alerts = lag.keySet().stream().anyMatch(k -> k.contains(".alerts-"));
        return analyze && alerts && lag.values().stream().allMatch(v -> v == 0.0);
    }
}
