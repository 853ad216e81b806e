package vn.tinradar.deploy.web.spokes;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.alerts.spokes.AgencyRouter;
import vn.tinradar.alerts.spokes.Directory;
import vn.tinradar.alerts.spokes.DirectoryAdmin;
import vn.tinradar.alerts.spokes.ResponseDesk;
import vn.tinradar.alerts.spokes.ResponseMail;
import vn.tinradar.common.concurrent.DaemonScheduler;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.province.PlaceHierarchy;
import vn.tinradar.common.province.Province;

/**
 * The spokesperson network of one process: the directory admins manage, the router that names the agencies of an
 * alert, the desk of response requests, all kept in Kafka ({@link KafkaSpokesLog}), and a thread that sends the
 * reminders due every {@link #REMINDER_CHECK}. Runs where the alerts service runs, whose mail transport it uses.
 */
public final class SpokesNetwork implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SpokesNetwork.class);
    static final Duration REMINDER_CHECK = Duration.ofMinutes(1);

    private final PlaceHierarchy places;
    private final Map<String, String> topicNames;
    private final DirectoryAdmin admin;
    private final AgencyRouter router;
    private final ResponseDesk desk;
    private final KafkaSpokesLog log;
    private final ScheduledExecutorService reminders;

    /** @param topicNames the taxonomy's topic ids and their Vietnamese names */
    public SpokesNetwork(Topics topics, Properties kafka, Province province, Map<String, String> topicNames,
                         ResponseMail mail, Clock clock) {
        this(topics, kafka, province, topicNames, mail, clock, ResponseDesk.CLAIM_EXPIRY);
    }

    /** As the public constructor, with a shorter reminder claim expiry for tests. */
    SpokesNetwork(Topics topics, Properties kafka, Province province, Map<String, String> topicNames,
                  ResponseMail mail, Clock clock, Duration claimExpiry) {
        this.places = PlaceHierarchy.of(province);
        this.topicNames = Map.copyOf(topicNames);
        Directory directory = new Directory();
        this.log = new KafkaSpokesLog(topics, kafka, directory);
        this.admin = new DirectoryAdmin(directory, log, places, topicNames, clock);
        this.router = new AgencyRouter(places, topicNames);
        this.desk = new ResponseDesk(directory, log, mail, clock, claimExpiry);
        this.reminders = DaemonScheduler.named(topics.prefix() + "spokes-reminders");
    }

    /** Reads the directory and the requests back, then checks for reminders due every minute. */
    public SpokesNetwork start(Duration restoreTimeout) {
        log.start(desk, restoreTimeout);
        reminders.scheduleWithFixedDelay(this::remind, REMINDER_CHECK.toSeconds(), REMINDER_CHECK.toSeconds(),
                TimeUnit.SECONDS);
        return this;
    }

    private void remind() {
        try {
            desk.remindDue();
        } catch (RuntimeException e) {
            // the next check tries again; one failure must not end the schedule
            LOG.warn("event=spokes_reminders_failed error=\"{}\"", e.toString());
        }
    }

    /** The official name of a place of the province, or the id itself when the province has none by it. */
    public String placeName(String id) {
        return places.find(id).map(PlaceHierarchy.Place::name).orElse(id);
    }

    /** The topics agencies may answer for: id to Vietnamese name. */
    public Map<String, String> topicNames() {
        return topicNames;
    }

    public DirectoryAdmin admin() {
        return admin;
    }

    public AgencyRouter router() {
        return router;
    }

    public ResponseDesk desk() {
        return desk;
    }

    @Override
    public void close() {
        reminders.shutdownNow();
        log.close();
    }
}
