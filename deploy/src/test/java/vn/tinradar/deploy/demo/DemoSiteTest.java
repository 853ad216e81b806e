package vn.tinradar.deploy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.tinradar.common.config.ConfigDocument;
import vn.tinradar.common.test.MutableClock;

/** The demo site over real HTTP on loopback ports, with a clock the test moves by hand. */
class DemoSiteTest {

    private static final Instant START = Instant.parse("2026-11-22T01:30:00Z");
    private static final DemoCorpus CORPUS = DemoCorpus.bundled();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private MutableClock clock;
    private DemoSite site;

    @BeforeEach
    void startSite() {
        clock = new MutableClock(START);
        site = new DemoSite(clock, CORPUS, 0).start();
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void robotsTxtAllowsCrawlingTheWholeSite() throws Exception {
        HttpResponse<String> robots = get(site.baseUrl("baolaocai") + "/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.body()).contains("User-agent: *").contains("Allow: /");
    }

    @Test
    void provincialPaperServesRssTwoThatAJdkXmlParserReads() throws Exception {
        HttpResponse<byte[]> feed = getBytes(site.feedUrl("baolaocai"));
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("rss+xml"));
        Document rss = xml(feed.body());
        assertThat(rss.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
        NodeList items = rss.getElementsByTagName("item");
        assertThat(items.getLength()).isEqualTo(visibleCount("baolaocai")).isGreaterThan(20);
        Element first = (Element) items.item(0);
        assertThat(text(first, "link")).startsWith(site.baseUrl("baolaocai") + "/");
        assertThat(text(first, "pubDate")).endsWith("+0700");
    }

    @Test
    void articlePageCarriesTitleSapoDateLineAndNewsArticleJsonLd() throws Exception {
        DemoArticle article = pastArticleOf("baolaocai");
        HttpResponse<String> page = get(site.articleUrl(article));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1 class=\"article-title\">" + SiteArticle.escape(article.title()))
                .contains("\"@type\":\"NewsArticle\"").contains("(GMT+7)").contains("Tin liên quan")
                .contains(SiteArticle.escape(article.paragraphs().get(0)));
    }

    @Test
    void sitesWithoutJsonLdGiveThePublishedTimeInAMetaTag() throws Exception {
        DemoArticle article = pastArticleOf("nhipsongviet");
        String page = get(site.articleUrl(article)).body();
        assertThat(page).doesNotContain("application/ld+json")
                .contains("<meta property=\"article:published_time\" content=\"" + DemoDates.iso(site.servedTime(article)) + "\">")
                .contains(", " + DemoDates.format("dmy-hm", site.servedTime(article)).replace(" ", ", ") + " (GMT+7)");
    }

    @Test
    void portalPagesLinkRootRelativeAndDateOnlyInTheVisibleLine() throws Exception {
        String page = get(site.articleUrl(pastArticleOf("laocai-gov"))).body();
        assertThat(page).contains("<a href=\"/Pages/gioi-thieu.aspx\">").contains("<li><a href=\"/Pages/tin-tuc.aspx?ItemID=")
                .contains("<span class=\"date-news\">Ngày đăng: ").doesNotContain("published_time");
    }

    @Test
    void listPageWithoutFeedLinksArticlesRelativelyAndTheyResolve() throws Exception {
        String listUrl = site.feedUrl("laocaiplus");
        Matcher href = Pattern.compile("<h3 class=\"post-title\"><a href=\"([^\"]+)\"").matcher(get(listUrl).body());
        assertThat(href.find()).isTrue();
        assertThat(href.group(1)).startsWith("/tin-tuc/");
        assertThat(get(URI.create(listUrl).resolve(href.group(1)).toString()).statusCode()).isEqualTo(200);
    }

    @Test
    void burstArticlesStayOffTheFeedAndTheirPagesAnswer404UntilTheirTimeComes() throws Exception {
        DemoArticle firstPost = site.corpus().articlesOf("diendanlaocai").stream()
                .filter(a -> a.offsetSeconds() > 0 && a.offsetSeconds() <= 60).findFirst().orElseThrow();
        String url = site.articleUrl(firstPost);
        assertThat(get(site.feedUrl("diendanlaocai")).body()).doesNotContain(url);
        assertThat(get(url).statusCode()).isEqualTo(404);

        clock.advance(Duration.ofSeconds(firstPost.offsetSeconds()));

        assertThat(get(site.feedUrl("diendanlaocai")).body()).contains(url);
        assertThat(get(url).statusCode()).isEqualTo(200);
    }

    @Test
    void hoaxSiteTakesItsDamStoryDownAfterTheOfficialDenial() throws Exception {
        DemoChange takedown = CORPUS.changes().stream().filter(DemoChange::removed).findFirst().orElseThrow();
        DemoArticle hoax = article(takedown.article());
        String url = site.articleUrl(hoax);
        clock.advance(Duration.ofSeconds(hoax.offsetSeconds() + takedown.afterSeconds() - 1));
        assertThat(get(url).statusCode()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(1));

        assertThat(get(url).statusCode()).isEqualTo(404);
        assertThat(get(site.feedUrl(hoax.source())).body()).doesNotContain(url);
    }

    @Test
    void siteQuietlyRewritesItsHeadlineAtTheSameAddress() throws Exception {
        DemoChange edit = CORPUS.changes().stream().filter(c -> !c.removed()).findFirst().orElseThrow();
        DemoArticle article = article(edit.article());
        String url = site.articleUrl(article);
        clock.advance(Duration.ofSeconds(article.offsetSeconds() + 1));
        assertThat(get(url).body()).contains(article.title());

        clock.advance(Duration.ofSeconds(edit.afterSeconds()));

        String page = get(url).body();
        assertThat(page).contains(edit.title()).doesNotContain(article.title());
        assertThat(get(site.feedUrl(article.source())).body()).contains(edit.title());
    }

    @Test
    void telegramChannelDeletesItsDamPostAndItsEmbedPageThenSaysPostNotFound() throws Exception {
        DemoChange deletion = CORPUS.changes().stream()
                .filter(c -> c.removed() && c.article().startsWith("tinnongtaybac/")).findFirst().orElseThrow();
        DemoArticle post = article(deletion.article());
        String url = site.articleUrl(post);
        clock.advance(Duration.ofSeconds(post.offsetSeconds() + 1));
        assertThat(get(site.feedUrl("tinnongtaybac")).body()).contains("tgme_widget_message_text")
                .contains("href=\"" + url + "\"");
        assertThat(get(url + "?embed=1").body()).contains("Đập thủy điện đầu nguồn ở Bát Xát nứt toác");

        clock.advance(Duration.ofSeconds(deletion.afterSeconds()));

        assertThat(get(site.feedUrl("tinnongtaybac")).body()).doesNotContain(url);
        HttpResponse<String> embed = get(url + "?embed=1");
        assertThat(embed.statusCode()).as("t.me answers 200 and says so in the page").isEqualTo(200);
        assertThat(embed.body()).contains("tgme_widget_message_error").contains("Post not found");
    }

    @Test
    void telegramForwardLinksToTheOriginalMessageOnTheOtherChannel() throws Exception {
        DemoArticle forward = CORPUS.articles().stream()
                .filter(a -> a.source().equals("hongbienlaocai") && a.copyOf() != null).findFirst().orElseThrow();
        clock.advance(Duration.ofSeconds(forward.offsetSeconds() + 1));

        assertThat(get(site.feedUrl("hongbienlaocai")).body())
                .contains("tgme_widget_message_forwarded_from_name\" href=\"" + site.articleUrl(article(forward.copyOf())));
    }

    @Test
    void telegramViewsClimbWhileThePostSpreads() {
        DemoArticle post = article("tinnongtaybac/khan-dap-thuy-dien-dau-nguon-o-bat-xat-nut-toac-ba-con-doc-suoi-so-tan-ngay");
        java.time.Instant published = java.time.Instant.parse("2026-12-06T02:10:00Z");

        assertThat(TelegramRenderer.views(post, published, published.plusSeconds(60))).isEqualTo("4.7K");
        assertThat(TelegramRenderer.views(post, published, published.plus(TelegramRenderer.SPREAD))).isEqualTo("46.5K");
    }

    private static DemoArticle article(String key) {
        return CORPUS.articles().stream().filter(a -> a.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void wholeLiveBurstIsOutWithinTheFirstMinute() throws Exception {
        int atStart = totalFeedSize();
        clock.advance(Duration.ofSeconds(60));
        long live = site.corpus().articles().stream().filter(a -> a.offsetSeconds() > 0 && a.offsetSeconds() <= 60).count();
        assertThat(live).isGreaterThanOrEqualTo(15);
        assertThat(totalFeedSize() - atStart).isEqualTo(live);
    }

    @Test
    void shownTimeIsDemoNowPlusTheArticleOffset() throws Exception {
        assertThat(site.demoNow()).isEqualTo(START);
        clock.advance(Duration.ofMinutes(5));
        assertThat(site.demoNow()).as("demo now stays the start time").isEqualTo(START);
        DemoArticle article = pastArticleOf("laocaitv");
        Instant shown = START.plusSeconds(article.offsetSeconds());
        assertThat(site.servedTime(article)).isEqualTo(shown);
        assertThat(get(site.feedUrl("laocaitv")).body()).contains("<published>" + DemoDates.iso(shown) + "</published>");
    }

    @Test
    void windows1258SiteDeclaresItsCharsetAndDecodesBackToTheTitle() throws Exception {
        DemoArticle article = pastArticleOf("taybacxanh");
        HttpResponse<byte[]> page = getBytes(site.articleUrl(article));
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=windows-1258");
        String decoded = Normalizer.normalize(new String(page.body(), Charset.forName("windows-1258")), Normalizer.Form.NFC);
        assertThat(decoded).contains("charset=windows-1258").contains(SiteArticle.escape(article.title()));
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).doesNotContain(SiteArticle.escape(article.title()));
    }

    @Test
    void televisionPagesNameTheirCharsetOnlyInTheHttpHeader() throws Exception {
        HttpResponse<String> page = get(site.articleUrl(pastArticleOf("laocaitv")));
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=UTF-8");
        assertThat(page.body()).doesNotContain("charset=");
    }

    @Test
    void nationalFeedStartsWithAByteOrderMarkAndCarriesTrackingLinks() throws Exception {
        byte[] feed = getBytes(site.feedUrl("nhipsongviet")).body();
        assertThat(feed).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(feed, 3, feed.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("<?xml").contains("?utm_source=rss&amp;utm_medium=feed");
    }

    @Test
    void trackingParametersLeadToTheSameArticlePage() throws Exception {
        String url = site.articleUrl(pastArticleOf("nhipsongviet"));
        assertThat(get(url + "?utm_source=rss&utm_medium=feed").body()).isEqualTo(get(url).body());
    }

    @Test
    void unlicensedFeedEscapesCdataTitlesTwice() throws Exception {
        clock.advance(Duration.ofSeconds(60));
        String feed = get(site.feedUrl("tinnong24h")).body();
        assertThat(feed).contains("<![CDATA[SỐC: Đập thủy điện ở Bát Xát &amp;quot;nứt toác&amp;quot;");
    }

    @Test
    void atomAndNewsSitemapFeedsParse() throws Exception {
        Document atom = xml(getBytes(site.feedUrl("laocaitv")).body());
        assertThat(atom.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isGreaterThan(10);
        Document sitemap = xml(getBytes(site.feedUrl("thoisuviet")).body());
        assertThat(sitemap.getElementsByTagNameNS("http://www.google.com/schemas/sitemap-news/0.9", "publication_date")
                .getLength()).isEqualTo(visibleCount("thoisuviet"));
    }

    @Test
    void unknownPageAnswers404AndAPostIsRefused() throws Exception {
        String base = site.baseUrl("baonhanh");
        HttpResponse<String> missing = get(base + "/xa-hoi/bai-khong-ton-tai.html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Không tìm thấy");
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(base + "/robots.txt"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }

    @Test
    void sourcesYamlListsEverySourceWithItsLocalPortAndPrivateNetworkAllowed() throws Exception {
        JsonNode sources = ConfigDocument.parse("demo-sources.yaml", site.sourcesYaml()).root().path("sources");
        Set<String> ids = new HashSet<>();
        for (JsonNode source : sources) {
            String id = source.path("id").asText();
            ids.add(id);
            assertThat(source.path("allow-private-network").asBoolean()).as(id).isTrue();
            assertThat(source.path("home").asText()).isEqualTo(site.baseUrl(id));
            assertThat(source.path("poll").path("min-interval-seconds").asInt()).isBetween(1, 10);
            String feed = source.path("feeds").get(0).path("url").asText();
            assertThat(feed).isEqualTo(site.feedUrl(id));
            assertThat(get(feed).statusCode()).as(feed).isEqualTo(200);
        }
        assertThat(ids).hasSize(site.corpus().sources().size());
    }

    @Test
    void twoDemoSitesRunSideBySideOnDifferentPorts() {
        try (DemoSite first = new DemoSite(clock).start(); DemoSite second = new DemoSite(clock).start()) {
            assertThat(second.baseUrl("baolaocai")).isNotEqualTo(first.baseUrl("baolaocai"));
        }
    }

    @Test
    void restartedSiteServesTheSameArticleUrlsOnItsPreferredPorts() throws Exception {
        int basePort;
        try (ServerSocket probe = new ServerSocket(0)) {
            basePort = probe.getLocalPort();
        }
        DemoArticle article = pastArticleOf("baolaocai");
        String before;
        try (DemoSite first = new DemoSite(clock, CORPUS, basePort).start()) {
            before = first.articleUrl(article);
            assertThat(first.baseUrl("baolaocai")).isEqualTo("http://127.0.0.1:" + basePort);
        }
        clock.advance(Duration.ofMinutes(3));
        try (DemoSite again = new DemoSite(clock, CORPUS, basePort).start()) {
            assertThat(again.articleUrl(article)).isEqualTo(before);
            assertThat(get(before).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void siteStartedAgainWithItsLastPortsServesTheSameUrlsOnPortsTheSystemPicked() throws Exception {
        DemoArticle article = pastArticleOf("baolaocai");
        String before;
        java.util.Map<String, Integer> ports;
        try (DemoSite first = new DemoSite(clock, CORPUS, 0).start()) {
            before = first.articleUrl(article);
            ports = first.ports();
        }
        clock.advance(Duration.ofMinutes(3));
        try (DemoSite again = new DemoSite(clock, CORPUS, 0, ports).start()) {
            assertThat(again.ports()).isEqualTo(ports);
            assertThat(again.articleUrl(article)).isEqualTo(before);
            assertThat(get(before).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void sourceWhosePreferredPortIsTakenFallsBackToAFreeOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                DemoSite fallback = new DemoSite(clock, CORPUS, taken.getLocalPort()).start()) {
            assertThat(fallback.baseUrl("baolaocai")).isNotEqualTo("http://127.0.0.1:" + taken.getLocalPort());
            assertThat(get(fallback.baseUrl("baolaocai") + "/robots.txt").statusCode()).isEqualTo(200);
        }
    }

    private int totalFeedSize() throws Exception {
        int total = 0;
        for (DemoSource source : site.corpus().sources()) {
            total += visibleCount(source.id());
        }
        return total;
    }

    private int visibleCount(String sourceId) {
        Instant now = clock.instant();
        return (int) site.corpus().articlesOf(sourceId).stream().filter(a -> !site.servedTime(a).isAfter(now)).count();
    }

    private DemoArticle pastArticleOf(String sourceId) {
        return site.corpus().articlesOf(sourceId).stream().filter(a -> a.offsetSeconds() < -86400).findFirst().orElseThrow();
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> getBytes(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent();
    }

    @SuppressWarnings("unused")
    private static List<String> links(Document rss) {
        List<String> links = new ArrayList<>();
        NodeList nodes = rss.getElementsByTagName("link");
        for (int i = 0; i < nodes.getLength(); i++) {
            links.add(nodes.item(i).getTextContent());
        }
        return links;
    }
}
