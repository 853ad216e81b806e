package vn.tinradar.deploy.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.concurrent.DaemonScheduler;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.Incident;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.event.Story;
import vn.tinradar.common.text.VietnameseText;
import vn.tinradar.common.text.VnTime;
import vn.tinradar.deploy.incident.IncidentCollector;
import vn.tinradar.deploy.incident.IncidentForms;
import vn.tinradar.deploy.incident.IncidentService;
import vn.tinradar.deploy.kafka.BrokerContact;

/**
 * The demo's incident: once the alert on the fabricated dam-breach story is raised, opens an incident from it as
 * the demo's admin would, with a task for the police and — once the provincial portal's correction is read —
 * that correction as the official response. Done once per installation: an incident opened
 * from that alert already is completed, not opened again. Each look first waits for the Kafka cluster (logged once
 * per outage) and makes only the changes still missing, so a change the brokers could not store is made again on
 * a later look instead of being lost.
 */
public final class DemoIncident implements AutoCloseable {

    static final String USER = "admin";
    /** Folded words of the fabricated story's title ("vỡ đập", "đập thủy điện"). */
    private static final List<String> DAM = List.of("dap thuy dien", "vo dap");
    private static final Logger LOG = LoggerFactory.getLogger(DemoIncident.class);

    private final Supplier<List<Alert>> alerts;
    private final Supplier<List<Story>> stories;
    private final IncidentService incidents;
    private final IncidentCollector collector;
    private final BrokerContact brokers;
    private final Clock clock;
    /** When the current wait for the brokers began, or null while they answer. */
    private Instant waitingSince;
    private final ScheduledExecutorService scheduler = DaemonScheduler.named("demo-incident");

    /**
     * @param stories the latest stories, where the correction is looked for when it is not among the incident's
     * @param brokers whether the cluster answers: no change is tried while it does not
     */
    public DemoIncident(Supplier<List<Alert>> alerts, Supplier<List<Story>> stories, IncidentService incidents,
                        IncidentCollector collector, BrokerContact brokers, Clock clock) {
        this.alerts = alerts;
        this.stories = stories;
        this.incidents = incidents;
        this.collector = collector;
        this.brokers = brokers;
        this.clock = clock;
    }

    /** Looks every {@code every} until the incident has its response, for at most {@code atMost}. */
    public DemoIncident start(Duration every, Duration atMost) {
        Instant giveUp = clock.instant().plus(atMost);
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                if (step() || clock.instant().isAfter(giveUp)) {
                    scheduler.shutdown();
                }
            } catch (RuntimeException e) {
                LOG.warn("event=demo-incident-failed retry-in-ms={} error=\"{}\"", every.toMillis(), e.toString());
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** One look; true once the incident is open with its task and its response. */
    boolean step() {
        if (!brokersAnswer()) {
            return false;
        }
        Optional<Alert> alert = alerts.get().stream()
                .filter(a -> a.storyId() != null && DAM.stream().anyMatch(VietnameseText.fold(a.title())::contains))
                .findFirst();
        if (alert.isEmpty()) {
            return false;
        }
        Incident incident = incidents.list().stream()
                .filter(i -> alert.get().id().equals(i.openedFromId())).findFirst()
                .orElseGet(() -> open(alert.get()));
        if (!incident.open()) {
            return true;
        }
        if (incident.tasks().isEmpty()) {
            // opened on an earlier look whose task the brokers did not store
            incident = addTask(incident);
        }
        if (!incident.responses().isEmpty()) {
            return true;
        }
        collector.collect(incident.id());
        Optional<ArticleRef> correction = corrections(incidents.get(incident.id())).findFirst();
        if (correction.isEmpty()) {
            return false;
        }
        ArticleRef c = correction.get();
        incidents.respond(incident.id(), new IncidentForms.Response("UBND tỉnh Lào Cai", "Chánh Văn phòng UBND tỉnh",
                local(c.published() == null ? null : c.published().toInstant()), "Cổng thông tin điện tử tỉnh",
                "Khẳng định thông tin đập thủy điện ở khu vực Bát Xát \"nứt toác, sắp vỡ\" là sai sự thật; "
                        + "đập vận hành an toàn, đề nghị người dân không chia sẻ.", c.linkableUrl()), USER);
        LOG.info("event=demo-incident-ready id={} alert={}", incident.id(), alert.get().id());
        return true;
    }

    /** The portal's correction: among the incident's articles, or in a story of its own (it may not cluster in). */
    private Stream<ArticleRef> corrections(Incident incident) {
        Stream<ArticleRef> collected = incident.articles().stream()
                .map(a -> new ArticleRef(a.id(), a.title(), a.url(), a.source(), null,
                        a.published() == null ? null : a.published().atOffset(ZoneOffset.ofHours(7))));
        Stream<ArticleRef> elsewhere = stories.get().stream()
                .flatMap(s -> s.articles() == null ? Stream.empty() : s.articles().stream());
        return Stream.concat(collected, elsewhere).filter(a -> {
            String title = VietnameseText.fold(a.title());
            return title != null && title.contains("sai su that") && DAM.stream().anyMatch(title::contains);
        });
    }

    private Incident open(Alert alert) {
        return incidents.open(new IncidentForms.Open(alert.id(), null,
                "Tin giả vỡ đập thủy điện ở khu vực Bát Xát"), USER);
    }

    private Incident addTask(Incident incident) {
        incidents.addTask(incident.id(), new IncidentForms.Task(
                "Đề nghị Công an tỉnh xác minh, xử lý các trang đăng tin vỡ đập", "admin",
                local(clock.instant().plus(Duration.ofDays(1)))), USER);
        return incidents.get(incident.id());
    }

    /** False while no broker answers; says once per outage what the script waits for, and how long it waited. */
    private boolean brokersAnswer() {
        BrokerContact.Status status = brokers.status();
        if (!status.reachable()) {
            if (waitingSince == null) {
                waitingSince = clock.instant();
                LOG.warn("event=demo-incident-waiting for=kafka-brokers reason=\"{}\"",
                        String.valueOf(status.reason()).replace('"', '\''));
            }
            return false;
        }
        if (waitingSince != null) {
            LOG.info("event=demo-incident-resumed waited-s={}", Duration.between(waitingSince, clock.instant())
                    .toSeconds());
            waitingSince = null;
        }
        return true;
    }

    private static String local(Instant t) {
        return LocalDateTime.ofInstant(t == null ? Instant.now() : t, VnTime.ZONE).withNano(0).toString();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
