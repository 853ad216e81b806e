package vn.tinradar.ingest.recheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.tinradar.common.event.ArticleChange;
import vn.tinradar.common.event.ArticleRevision;
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
 * Re-checks against a local site whose articles change, disappear and redirect, on the shared broker: the watch
 * comes in on {@code ingest.watch}, edits and takedowns leave on {@code ingest.article-changes}, and the schedule
 * survives a restart through {@code ingest.recheck}. The clock is moved by hand from step to step.
 */
class RecheckServiceIT {

    private static final Topics TOPICS = new Topics("recheck-it.");
    @RegisterExtension
    static final SharedBroker KAFKA = new SharedBroker(TOPICS, 2);

    private static final Instant PUBLISHED = Instant.parse("2026-12-06T01:00:00Z");
    private static final String TITLE = "Vỡ đập thủy điện ở Bát Xát, hàng trăm hộ dân phải sơ tán";
    private static final String BODY = "Tối 5/12, đập thủy điện Nậm Pung ở xã Trịnh Tường bị vỡ, nước cuốn trôi "
            + "40 ngôi nhà. Chính quyền địa phương đã sơ tán hàng trăm hộ dân đến nơi an toàn.";
    private static final String EDITED_TITLE = "Tin đồn vỡ đập thủy điện ở Bát Xát";
    private static final String EDITED_BODY = "Tối 5/12, trên mạng xã hội lan truyền thông tin đập thủy điện Nậm Pung "
            + "ở xã Trịnh Tường bị vỡ. Chính quyền địa phương khẳng định đập vẫn an toàn.";

    private final MutableClock clock = new MutableClock(PUBLISHED);

    @Test
    void findsSilentEditThenTakedownAndRedirectHomeAcrossARestart() throws Exception {
        try (LocalSite site = new LocalSite()) {
            AtomicReference<String> damPage = new AtomicReference<>(page(TITLE, BODY, "1.024 lượt xem"));
            AtomicReference<Boolean> rumourRedirects = new AtomicReference<>(false);
            site.route("/xa-hoi/vo-dap-thuy-dien-88123.html", ex -> {
                String html = damPage.get();
                LocalSite.send(ex, html == null ? 404 : 200, "text/html; charset=utf-8",
                        html == null ? new byte[0] : html.getBytes(StandardCharsets.UTF_8));
            });
            site.route("/thoi-su/lu-quet-sa-pa-77001.html", ex -> {
                if (rumourRedirects.get()) {
                    ex.getResponseHeaders().set("Location", site.url("/"));
                    LocalSite.send(ex, 301, null, new byte[0]);
                } else {
                    LocalSite.send(ex, 200, "text/html; charset=utf-8", page("Lũ quét cuốn trôi cầu treo ở Sa Pa",
                            "Lũ quét đêm qua cuốn trôi cầu treo bản Tả Van, hai người mất tích.", "")
                            .getBytes(StandardCharsets.UTF_8));
                }
            });
            site.serve("/", "text/html; charset=utf-8", page("Tin Mới 24h - Trang chủ", "Tin nóng trong ngày", ""));
            // bad input: a page far above the size cap, and one in a legacy encoding mislabelled as UTF-8
            site.serve("/xa-hoi/trang-rat-lon-1.html", "text/html", new byte[300_000]);
            site.serve("/xa-hoi/sai-ma-2.html", "text/html; charset=utf-8",
                    page("Đường lên Y Tý sạt lở", "Đường lên Y Tý sạt lở nặng", "").getBytes(Charset.forName("UTF-16LE")));
            SourceRegistry registry = SourceRegistry.parse("sources.yaml", """
                    sources:
                      - id: tinmoi24h
                        name: Tin Mới 24h
                        tier: unlicensed-site
                        allow-private-network: true
                        feeds:
                          - {url: "%s", kind: rss}
                    """.formatted(site.url("/rss.xml")));
            IngestConfig config = TestConfigs.with("""
                    per-host-min-interval-ms: 0
                    read-timeout-ms: 3000
                    connect-timeout-ms: 2000
                    max-page-bytes: 200000
                    """);
            watch(site, "a-dam", "/xa-hoi/vo-dap-thuy-dien-88123.html", TITLE);
            watch(site, "a-flood", "/thoi-su/lu-quet-sa-pa-77001.html", "Lũ quét cuốn trôi cầu treo ở Sa Pa");
            watch(site, "a-huge", "/xa-hoi/trang-rat-lon-1.html", "Trang rất lớn");
            watch(site, "a-encoding", "/xa-hoi/sai-ma-2.html", "Đường lên Y Tý sạt lở");

            // 1 h after publication: every article is read once; the broken two are logged and skipped
            clock.set(PUBLISHED.plus(Duration.ofMinutes(61)));
            try (RecheckService first = rig().start(config, registry)) {
                Await.until(() -> first.checksMade() >= 4, Duration.ofSeconds(30));
            }
            assertThat(rig().revisions()).extracting(ArticleRevision::key).contains("a-dam|1", "a-flood|1");

            // 6 h: the dam story was rewritten into a denial; a new view count alone would not have counted
            damPage.set(page(EDITED_TITLE, EDITED_BODY, "9.999 lượt xem"));
            clock.set(PUBLISHED.plus(Duration.ofMinutes(361)));
            try (RecheckService second = rig().start(config, registry)) {
                Await.until(() -> second.checksMade() >= 4, Duration.ofSeconds(30));
                // a check is counted when judged; its change reaches the topic a moment later
                Await.until(() -> !rig().changes().isEmpty(), Duration.ofSeconds(30));
                assertThat(rig().changes()).hasSize(1);
                ArticleChange edit = rig().changes().get(0);
                assertThat(edit.kind()).isEqualTo(ArticleChange.EDITED);
                assertThat(edit.reason()).isEqualTo("tiêu đề và nội dung");
                assertThat(edit.revision()).isEqualTo(2);
                assertThat(edit.titleDiff()).extracting(s -> s.op() + ":" + s.text()).contains("ins:Tin đồn vỡ");
                assertThat(edit.bodyDiff()).extracting(s -> s.op() + ":" + s.text())
                        .contains("ins:trên mạng xã hội lan truyền thông tin");

                // 24 h: the dam story is gone, the flood story now sends readers to the home page
                damPage.set(null);
                rumourRedirects.set(true);
                clock.set(PUBLISHED.plus(Duration.ofMinutes(1441)));
                Await.until(() -> rig().changes().size() == 3, Duration.ofSeconds(30));
                assertThat(second.checksMade()).as("the two broken pages are tried again, the rest judged")
                        .isGreaterThanOrEqualTo(8);
            }
            assertThat(rig().changes()).filteredOn(c -> c.kind().equals(ArticleChange.REMOVED))
                    .extracting(c -> c.articleId() + " " + c.reason())
                    .containsExactlyInAnyOrder("a-dam HTTP 404",
                            "a-flood chuyển hướng về trang chủ 127.0.0.1/");
        }
    }


    private void watch(LocalSite site, String id, String path, String title) {
        WatchRequest w = new WatchRequest(WatchRequest.VERSION, id, site.url(path), title, "Tin Mới 24h",
                "alert:story-spread-1", PUBLISHED, true, PUBLISHED);
        rig().watch(w);
    }



    private static String page(String title, String body, String counter) {
        return """
                <!doctype html><html lang="vi"><head><meta charset="utf-8"><title>%1$s</title></head><body>
                <header><a href="/">Tin Mới 24h</a></header>
                <article><h1>%1$s</h1><div class="meta">Cập nhật: 08:15 06/12/2026 · %3$s</div>
                <div class="content"><p>%2$s</p><p>%2$s</p></div></article>
                <footer>Bản quyền thuộc về Tin Mới 24h</footer></body></html>
                """.formatted(title, body, counter);
    }

    private RecheckRig rig() {
        return new RecheckRig(TOPICS, KAFKA.broker(), clock);
    }
}
