package vn.tinradar.ingest.recheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.tinradar.common.event.ArticleChange;
import vn.tinradar.common.event.WatchRequest;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.test.MutableClock;
import vn.tinradar.common.test.SharedBroker;
import vn.tinradar.ingest.Await;
import vn.tinradar.ingest.LocalSite;
import vn.tinradar.ingest.SourceRegistry;
import vn.tinradar.ingest.TestConfigs;
import vn.tinradar.ingest.config.IngestConfig;

/**
 * A Telegram channel deletes a message that raised an alert: the message's own address still shows the channel,
 * so the re-check reads the embed page, where Telegram says "Post not found", and reports the takedown.
 */
class TelegramRecheckIT {

    private static final Topics TOPICS = new Topics("recheck-tg-it.");
    @RegisterExtension
    static final SharedBroker KAFKA = new SharedBroker(TOPICS, 1);

    private static final Instant PUBLISHED = Instant.parse("2026-12-06T02:10:00Z");
    private static final String TITLE = "⚠️ KHẨN: Đập thủy điện ở Bát Xát nứt toác";

    private final MutableClock clock = new MutableClock(PUBLISHED);

    @Test
    void aMessageTheChannelDeletedIsReportedTakenDown() throws Exception {
        AtomicBoolean deleted = new AtomicBoolean(false);
        try (LocalSite site = new LocalSite(); LocalSite press = new LocalSite()) {
            site.route("/tinnongtaybac/2417", ex -> {
                boolean embed = "embed=1".equals(ex.getRequestURI().getRawQuery());
                // the plain address answers the channel's page either way, as t.me does
                String html = !embed ? "<html><head><meta property=\"og:title\" content=\"Tin nóng Tây Bắc\"></head>"
                        + "<body><div class=\"tgme_page_title\">Tin nóng Tây Bắc</div></body></html>"
                        : deleted.get() ? "<html><body><div class=\"tgme_widget_message_error\">Post not found</div>"
                        + "</body></html>"
                        : "<html><body><div class=\"tgme_widget_message\" data-post=\"tinnongtaybac/2417\">"
                        + "<div class=\"tgme_widget_message_text\">" + TITLE + "<br/>Bà con vùng hạ du sơ tán ngay!"
                        + "</div></div></body></html>";
                LocalSite.send(ex, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
            });
            // a press site on the same address, another port, listed first: the message is not its page
            SourceRegistry registry = SourceRegistry.parse("sources.yaml", """
                    sources:
                      - id: baolaocai
                        name: Báo Lào Cai
                        tier: provincial-press
                        allow-private-network: true
                        feeds:
                          - {url: "%s", kind: rss}
                      - id: tinnongtaybac-telegram
                        name: Tin nóng Tây Bắc
                        tier: forum-social
                        allow-private-network: true
                        feeds:
                          - {url: "%s", kind: telegram}
                    """.formatted(press.url("/rss/trang-chu.rss"), site.url("/s/tinnongtaybac")));
            IngestConfig config = TestConfigs.with("""
                    per-host-min-interval-ms: 0
                    read-timeout-ms: 3000
                    connect-timeout-ms: 2000
                    """);
            watch(site.url("/tinnongtaybac/2417"));

            clock.set(PUBLISHED.plus(Duration.ofMinutes(61)));
            try (RecheckService service = rig().start(config, registry)) {
                Await.until(() -> service.checksMade() >= 1, Duration.ofSeconds(30));
                assertThat(rig().changes()).as("the message is still there").isEmpty();

                deleted.set(true);
                clock.set(PUBLISHED.plus(Duration.ofMinutes(361)));
                Await.until(() -> !rig().changes().isEmpty(), Duration.ofSeconds(30));
            }
            assertThat(rig().changes()).singleElement().satisfies(c -> {
                assertThat(c.kind()).isEqualTo(ArticleChange.REMOVED);
                assertThat(c.reason()).isEqualTo("kênh đã xóa tin (Telegram báo «Post not found»)");
                assertThat(c.titleBefore()).isEqualTo(TITLE);
            });
            assertThat(site.requests()).filteredOn(r -> r.contains("/tinnongtaybac/")).isNotEmpty()
                    .allMatch(r -> r.endsWith("?embed=1"));
        }
    }


    private void watch(String url) {
        WatchRequest w = new WatchRequest(WatchRequest.VERSION, "tg-2417", url, TITLE, "Tin nóng Tây Bắc",
                "alert:story-spread-1", PUBLISHED, true, PUBLISHED);
        rig().watch(w);
    }


    private RecheckRig rig() {
        return new RecheckRig(TOPICS, KAFKA.broker(), clock);
    }
}
