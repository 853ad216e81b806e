package vn.tinradar.deploy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.event.Incident;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Severity;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.event.Story;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.test.TestBroker;
import vn.tinradar.deploy.incident.IncidentBook;
import vn.tinradar.deploy.incident.IncidentCollector;
import vn.tinradar.deploy.incident.IncidentLog;
import vn.tinradar.deploy.incident.IncidentService;
import vn.tinradar.deploy.incident.IncidentSubjects;
import vn.tinradar.deploy.incident.KafkaIncidentLog;
import vn.tinradar.deploy.incident.ScoredArticleFeed;
import vn.tinradar.deploy.incident.StoryArticles;
import vn.tinradar.deploy.kafka.BrokerContact;

/**
 * Issue 12, drill "all three brokers down": the demo's scripted incident could not store its changes while the
 * brokers were away. Its broker (one of the class's own) stops right after the incident is opened and stays away
 * longer than the producer's delivery timeout, so the task written meanwhile is really not stored; once the broker
 * serves again, the script completes the incident: nothing of it is lost, nothing is made twice.
 */
class DemoIncidentOutageIT {

    private static final Topics TOPICS = new Topics("demo-outage.");
    private static final Instant T0 = Instant.parse("2026-11-19T08:10:00Z");
    private static final Story DAM_STORY = story("s-dam", List.of(
            ref("a-dam", "Đập thủy điện ở Bát Xát nứt toác, sắp vỡ trong đêm nay", "tin-nong-24h"),
            ref("a-fix", "Thông tin vỡ đập thủy điện ở Bát Xát là sai sự thật", "cong-thong-tin-lao-cai")));
    private static final Alert DAM_ALERT = new Alert(Alert.VERSION, "story-spread-dam", "story-spread",
            Severity.URGENT, AlertStatus.FIRING, "Tin vỡ đập thủy điện Bát Xát lan trên 3 trang không phép",
            "3 trang không phép đăng lại", null, List.of(), List.of(), "s-dam", null, null, T0, T0, T0, 1, null,
            null);

    @Test
    void scriptedChangesTheBrokerCouldNotStoreAreMadeOnceItServesAgain() throws Exception {
        try (TestBroker broker = TestBroker.start(TOPICS, 1)) {
            Properties kafka = broker.kafka();
            // an outage longer than the producer gives a record: what it could not send is dropped, as after 120 s
            kafka.put("delivery.timeout.ms", "3000");
            kafka.put("request.timeout.ms", "2000");
            kafka.put("max.block.ms", "3000");
            IncidentBook book = new IncidentBook();
            AtomicBoolean stopped = new AtomicBoolean();
            try (KafkaIncidentLog stored = new KafkaIncidentLog(TOPICS, kafka, book).start(Duration.ofSeconds(30));
                 BrokerContact contact = new BrokerContact(kafka, TOPICS.prefix(), Duration.ofMillis(300),
                         Duration.ofSeconds(1), Clock.systemUTC()).start()) {
                IncidentLog brokerStopsAfterTheOpen = incident -> {
                    stored.write(incident);
                    if (stopped.compareAndSet(false, true)) {
                        broker.stopServing();
                    }
                };
                IncidentService incidents = new IncidentService(book, brokerStopsAfterTheOpen, subjects(),
                        Clock.systemUTC());
                IncidentCollector collector = new IncidentCollector(incidents, noArticles(), ScoredArticleFeed.NONE,
                        Clock.systemUTC());
                try (DemoIncident script = new DemoIncident(() -> List.of(DAM_ALERT), () -> List.of(DAM_STORY),
                        incidents, collector, contact, Clock.systemUTC())
                        .start(Duration.ofMillis(200), Duration.ofMinutes(5))) {
                    TestBroker.await(stopped::get, "the incident to be opened and the broker stopped");
                    Thread.sleep(6_000);
                    assertThat(book.all()).singleElement().satisfies(i -> assertThat(i.responses()).isEmpty());

                    broker.startAgain();
                    TestBroker.await(() -> book.all().stream().anyMatch(i -> !i.responses().isEmpty()),
                            "the correction recorded as the incident's response");
                }
            }
            Incident incident = book.all().get(0);
            assertThat(book.all()).hasSize(1);
            assertThat(incident.openedFromId()).isEqualTo(DAM_ALERT.id());
            assertThat(incident.tasks()).hasSize(1);
            assertThat(incident.responses()).hasSize(1);
        }
    }

    private static IncidentSubjects subjects() {
        return new IncidentSubjects() {
            @Override
            public Optional<Alert> alert(String id) {
                return Optional.of(DAM_ALERT).filter(a -> a.id().equals(id));
            }

            @Override
            public Optional<Story> story(String id) {
                return Optional.of(DAM_STORY).filter(s -> s.id().equals(id));
            }
        };
    }

    /** Analyze's article store, empty here: the correction is found among the latest stories. */
    private static StoryArticles noArticles() {
        return new StoryArticles() {
            @Override
            public Optional<Story> story(String id) {
                return Optional.empty();
            }

            @Override
            public Optional<ScoredArticle> article(String id) {
                return Optional.empty();
            }
        };
    }

    private static ArticleRef ref(String id, String title, String source) {
        return new ArticleRef(id, title, "https://" + source + ".example/" + id, source, SourceTier.UNLICENSED_SITE,
                OffsetDateTime.ofInstant(T0, ZoneOffset.ofHours(7)));
    }

    private static Story story(String id, List<ArticleRef> articles) {
        return new Story(Story.VERSION, id, articles.get(0).title(), T0, T0, articles.get(0).source(),
                articles.size(), 0, List.of(), List.of(), List.of(), List.of("tin-gia"), List.of(), 1, 0.8, List.of(),
                articles, 0.8, null);
    }
}
