package vn.tinradar.alerts.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.alerts.Fixtures;
import vn.tinradar.alerts.RulesDriver;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.ArticleChange;
import vn.tinradar.common.event.DiffSpan;
import vn.tinradar.common.event.Incident;
import vn.tinradar.common.event.IncidentArticle;
import vn.tinradar.common.event.WatchRequest;

/**
 * Rule article-changed and the watch requests in the production topology: edits and takedowns as ingest's
 * re-checks publish them become one alert per article, and the articles of alerts and incidents are watched.
 */
class ArticleChangeTopologyTest {

    private static final String URL = "https://tinnong-taybac.example/vo-dap-thuy-dien-bat-xat-88123.html";
    private static final String TITLE = "Vỡ đập thủy điện ở Bát Xát, hàng trăm hộ dân phải sơ tán";

    @TempDir
    Path stateDir;

    private final List<Alert> fired = new ArrayList<>();
    private RulesDriver rules;

    @BeforeEach
    void start() {
        AlertsConfig config = AlertsConfig.defaults();
        rules = new RulesDriver(() -> config, fired::add, stateDir);
    }

    @AfterEach
    void stop() {
        rules.close();
    }

    @Test
    void silentEditRaisesAnAlertSayingWhatChangedWithTheWordDiff() {
        rules.change(edit(2, Fixtures.T0.plusSeconds(6 * 3600)));

        Alert alert = rules.newAlerts().get(0);
        assertThat(alert.rule()).isEqualTo("article-changed");
        assertThat(alert.title()).isEqualTo("Bài đã bị sửa sau khi đăng: tiêu đề — «" + TITLE + "»");
        assertThat(alert.summary()).contains("tiêu đề mới: «Tin đồn vỡ đập thủy điện ở Bát Xát»");
        assertThat(alert.signals()).extracting(s -> s.name() + " " + s.evidence())
                .contains("title-diff [-Vỡ-] {+Tin đồn vỡ+} đập thủy điện ở Bát Xát [-, hàng trăm hộ dân phải sơ tán-]");
        assertThat(alert.articles()).extracting(a -> a.url()).containsExactly(URL);
    }

    @Test
    void takedownAfterTheEditGrowsTheSameAlert() {
        rules.change(edit(2, Fixtures.T0.plusSeconds(6 * 3600)));
        rules.change(new ArticleChange(ArticleChange.VERSION, "a-dam", URL, "Tin Nóng Tây Bắc",
                ArticleChange.REMOVED, "HTTP 404", TITLE, null, List.of(), List.of(), 3,
                Fixtures.T0.plusSeconds(6 * 3600), Fixtures.T0.plusSeconds(24 * 3600)));

        List<Alert> out = rules.newAlerts();
        assertThat(out).hasSize(2);
        assertThat(out.get(1).id()).isEqualTo(out.get(0).id());
        assertThat(out.get(1).title()).isEqualTo("Bài đã bị gỡ: HTTP 404 — «" + TITLE + "»");
        assertThat(out.get(1).signals()).extracting(s -> s.name()).contains("removed", "title-diff");
        assertThat(fired).hasSize(1);
    }

    @Test
    void everyArticleOfAnAlertIsWatchedWhileItIsOpen() {
        rules.story(Fixtures.fabricatedStory(4, 0.82));

        Map<String, WatchRequest> watched = rules.watches();
        Alert alert = rules.newAlerts().get(0);
        assertThat(watched.values()).extracting(WatchRequest::articleId)
                .containsExactlyInAnyOrder("tin-nong-1", "tin-nong-2", "tin-nong-3", "tin-nong-4");
        assertThat(watched.values()).allSatisfy(w -> {
            assertThat(w.origin()).isEqualTo("alert:" + alert.id());
            assertThat(w.open()).isTrue();
        });
    }

    @Test
    void articlesOfAClosedIncidentKeepOnlyTheFixedSteps() {
        Incident open = incident(Incident.OPEN);
        rules.incidents.pipeInput(open.id(), open);
        rules.incidents.pipeInput(open.id(), incident(Incident.CLOSED));

        WatchRequest w = rules.watches().get("a-dam|incident:inc-dap-bat-xat");
        assertThat(w.url()).isEqualTo(URL);
        assertThat(w.open()).isFalse();
    }

    private static ArticleChange edit(int revision, Instant at) {
        return new ArticleChange(ArticleChange.VERSION, "a-dam", URL, "Tin Nóng Tây Bắc", ArticleChange.EDITED,
                "tiêu đề", TITLE, "Tin đồn vỡ đập thủy điện ở Bát Xát",
                List.of(new DiffSpan("del", "Vỡ"), new DiffSpan("ins", "Tin đồn vỡ"),
                        new DiffSpan("same", "đập thủy điện ở Bát Xát"),
                        new DiffSpan("del", ", hàng trăm hộ dân phải sơ tán")), List.of(), revision,
                at.minusSeconds(5 * 3600), at);
    }

    private static Incident incident(String status) {
        IncidentArticle a = new IncidentArticle("a-dam", TITLE, URL, "Tin Nóng Tây Bắc", Fixtures.T0, "s-dam",
                "negative", -0.7, List.of(), Fixtures.T0.plusSeconds(3600));
        return new Incident(Incident.VERSION, "inc-dap-bat-xat", "Tin đồn vỡ đập Bát Xát", "story", "s-dam",
                "can-bo-1", Fixtures.T0, status, List.of("s-dam"), List.of(a), List.of(), List.of(), List.of(),
                null, null, null, null, List.of());
    }
}
