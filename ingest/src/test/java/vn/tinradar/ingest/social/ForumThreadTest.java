package vn.tinradar.ingest.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.SocialPost;
import vn.tinradar.ingest.LocalSite;
import vn.tinradar.ingest.feeds.FeedParseException;

/**
 * The thread reader on one page per forum package. The fixtures are written for the project in the markup those
 * packages print: XenForo 2's {@code post_macros} template ({@code article.message--post data-content="post-N"},
 * {@code time.u-dt}, {@code .bbWrapper}, {@code blockquote.bbCodeBlock--quote}, {@code aside.message-signature}),
 * phpBB 3.3 prosilver's {@code viewtopic_body.html} ({@code div.post id="pN"}, {@code p.author time},
 * {@code div.content}, {@code div.signature}) and vBulletin 4's {@code postbit_legacy} ({@code li.postcontainer
 * id="post_N"}, {@code span.date}, {@code div#post_message_N}, {@code div.bbcode_container}); a real vBulletin 3 page
 * is read by {@link RealForumCapturesTest}.
 */
class ForumThreadTest {

    private static final String BASE = "https://diendan-laocai.example.vn";

    private static SocialListing read(String resource, String url) throws FeedParseException {
        return ForumThread.parse(LocalSite.text(resource).replace("BASE", BASE), url);
    }

    private static SocialListing xenForoThread() throws FeedParseException {
        return read("forums/xenforo-laocai-thread.html", BASE + "/threads/sat-lo-tren-quoc-lo-4d-doan-qua-sa-pa.4521/");
    }

    @Test
    void xenForoOpeningPostIsAPostTitledByTheThread() throws Exception {
        SocialListing thread = xenForoThread();

        SocialItem opening = thread.posts().get(0);
        assertThat(opening.title()).isEqualTo("Sạt lở trên quốc lộ 4D đoạn qua Sa Pa");
        assertThat(opening.text()).isEqualTo("Sáng nay đoạn quốc lộ 4D qua xã Sa Pả bị sạt lở, đất đá tràn xuống mặt "
                + "đường.\nLực lượng chức năng đang phân luồng, xe khách đi Lai Châu phải chờ.");
        assertThat(opening.url()).isEqualTo(BASE + "/threads/sat-lo-tren-quoc-lo-4d-doan-qua-sa-pa.4521/post-88101");
        assertThat(opening.published()).hasToString("2026-11-21T08:15+07:00");
        assertThat(opening.post()).isEqualTo(new SocialPost("forum", "diendan-laocai.example.vn", "Diễn đàn Lào Cai",
                "88101", SocialPost.POST, null));
    }

    @Test
    void xenForoReplyIsACommentOfTheThreadWithoutTheQuoteItAnswers() throws Exception {
        SocialListing thread = xenForoThread();

        SocialItem reply = thread.posts().get(1);
        assertThat(reply.title()).isEqualTo("Mình vừa đi qua lúc 8 giờ, đã thông một làn.");
        assertThat(reply.text()).isEqualTo("Các bác đi xe máy nên đi chậm, mặt đường còn trơn.");
        assertThat(reply.post()).isEqualTo(new SocialPost("forum", "diendan-laocai.example.vn", "Diễn đàn Lào Cai",
                "88107", SocialPost.COMMENT, BASE + "/threads/sat-lo-tren-quoc-lo-4d-doan-qua-sa-pa.4521/"));
    }

    @Test
    void xenForo1PostEditedLaterKeepsTheTimeItWasWrittenAndItsOwnAddress() throws Exception {
        // the shape of tinhte.vn's XenForo 1 in 2012: the edit note's time comes first, the post is linked only
        // through its actions
        SocialListing thread = ForumThread.parse("""
                <html><head><base href="%1$s/"><link rel="canonical" href="%1$s/threads/1739393/"></head><body>
                <h1>Sạt lở trên quốc lộ 4D đoạn qua Sa Pa</h1>
                <ol class="messageList">
                <li id="post-29281579" class="message firstPost" data-author="Phóng viên">
                  <div class="messageInfo"><div class="messageContent"><article>
                    <blockquote class="messageText ugc baseHtml">Đất đá tràn xuống mặt đường từ sáng sớm.</blockquote>
                  </article></div>
                  <span class="useressLastEdit">Sửa lần cuối bởi Phóng viên,
                    <span class="DateTime" title="21/11/26 at 23:23">21/11/26</span></span>
                  <div class="messageMeta"><div class="privateControls">
                    <a href="threads/1739393/" title="Permalink" class="datePermalink">
                      <span class="DateTime" title="21/11/26 at 16:18">21/11/26</span></a></div>
                    <div class="publicControls"><a href="posts/29281579/permalink">#1</a>
                      <a href="posts/29281579/likes">Thích</a></div></div></div>
                </li></ol></body></html>""".formatted(BASE), BASE + "/threads/1739393/");

        SocialItem opening = thread.posts().get(0);
        assertThat(opening.published()).hasToString("2026-11-21T16:18+07:00");
        assertThat(opening.url()).isEqualTo(BASE + "/posts/29281579/");
    }

    @Test
    void postAddressNamesItsPostAndAThreadAddressNone() {
        assertThat(ForumThread.linkedPost(BASE + "/viewtopic.php?t=812&p=5108#p5108")).contains("5108");
        assertThat(ForumThread.linkedPost(BASE + "/showthread.php?t=7701&p=30015#post30015")).contains("30015");
        assertThat(ForumThread.linkedPost(BASE + "/threads/sat-lo-quoc-lo-4d.4521/post-88107")).contains("88107");
        assertThat(ForumThread.linkedPost(BASE + "/posts/29281579/")).contains("29281579");
        assertThat(ForumThread.linkedPost(BASE + "/threads/sat-lo-quoc-lo-4d.4521/page-2")).isEmpty();
        assertThat(ForumThread.linkedPost(BASE + "/showthread.php?t=7701&page=2")).isEmpty();
    }

    @Test
    void posterNameAndSignatureAreNotKept() throws Exception {
        SocialListing thread = xenForoThread();

        assertThat(thread.posts()).allSatisfy(post -> {
            assertThat(post.post().account()).doesNotContain("thanhvien01").doesNotContain("dulichvungcao");
            assertThat(post.post().accountName()).isEqualTo("Diễn đàn Lào Cai");
            assertThat(post.title() + post.text()).doesNotContain("Yêu Sa Pa mùa mây").doesNotContain("thanhvien01");
        });
    }

    @Test
    void postThatOnlyQuotesAnotherIsSkippedWithTheReason() throws Exception {
        SocialListing thread = xenForoThread();

        assertThat(thread.posts()).hasSize(2);
        assertThat(thread.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.link()).endsWith("/post-88109");
            assertThat(skipped.reason()).startsWith("no text of its own");
        });
    }

    @Test
    void laterPageOfAThreadHoldsOnlyCommentsOfTheFirstPagesAddress() throws Exception {
        String html = LocalSite.text("forums/xenforo-laocai-thread.html").replace("BASE", BASE)
                .replace("<link rel=\"canonical\" href=\"" + BASE + "/threads/sat-lo-tren-quoc-lo-4d-doan-qua-sa-pa.4521/\" />",
                        "<link rel=\"canonical\" href=\"" + BASE + "/threads/sat-lo-tren-quoc-lo-4d-doan-qua-sa-pa.4521/page-2\" />"
                                + "<link rel=\"prev\" href=\"" + BASE + "/threads/sat-lo-tren-quoc-lo-4d-doan-qua-sa-pa.4521/\" />");

        SocialListing page2 = ForumThread.parse(html, BASE + "/threads/sat-lo-tren-quoc-lo-4d-doan-qua-sa-pa.4521/page-2");

        assertThat(page2.posts()).extracting(p -> p.post().kind()).containsOnly(SocialPost.COMMENT);
        assertThat(page2.posts()).extracting(p -> p.post().parentUrl())
                .containsOnly(BASE + "/threads/sat-lo-tren-quoc-lo-4d-doan-qua-sa-pa.4521/");
    }

    @Test
    void phpBbTopicGivesItsPostsWithoutQuoteAndSignature() throws Exception {
        SocialListing topic = read("forums/phpbb-laocai-topic.html", BASE + "/viewtopic.php?t=812");

        assertThat(topic.posts()).hasSize(2);
        SocialItem opening = topic.posts().get(0);
        assertThat(opening.title()).isEqualTo("Nước sạch cho bản Tả Van");
        assertThat(opening.text()).isEqualTo("Công trình nước sạch của bản đã hỏng ba tháng nay.\nBà con phải xuống suối "
                + "lấy nước, xin xã sớm sửa.");
        assertThat(opening.published().toInstant()).hasToString("2026-11-20T23:40:00Z");
        assertThat(opening.url()).isEqualTo(BASE + "/viewtopic.php?p=5101#p5101");
        SocialItem reply = topic.posts().get(1);
        assertThat(reply.title()).isEqualTo("Xã đã báo huyện, tuần sau có đội về sửa đường ống.");
        assertThat(reply.post().parentUrl()).isEqualTo(BASE + "/viewtopic.php?t=812");
    }

    @Test
    void vBulletinDatesAreReadInTheZoneTheBoardStates() throws Exception {
        SocialListing thread = read("forums/vbulletin-laocai-thread.html", BASE + "/showthread.php?t=7701");

        assertThat(thread.posts()).extracting(p -> p.published().toInstant().toString())
                .containsExactly("2026-11-21T00:30:00Z", "2026-11-21T01:45:00Z");
        assertThat(thread.posts().get(0).text()).doesNotContain("Phượt Tây Bắc");
        assertThat(thread.posts().get(1).title()).isEqualTo("Cảm ơn bác, cuối tuần em đưa đoàn lên.");
        assertThat(thread.posts().get(1).url()).isEqualTo(BASE + "/showthread.php?t=7701&p=30015#post30015");
    }

    @Test
    void pageCutOffInTheMiddleOfAPostGivesThePostsBeforeTheCut() throws Exception {
        String html = LocalSite.text("forums/xenforo-laocai-thread.html").replace("BASE", BASE);
        String cut = html.substring(0, html.indexOf("Mình vừa đi qua")); // the reply's own words never arrive

        SocialListing thread = ForumThread.parse(cut, BASE + "/threads/sat-lo-tren-quoc-lo-4d-doan-qua-sa-pa.4521/");

        assertThat(thread.posts()).extracting(p -> p.post().postId()).containsExactly("88101");
        assertThat(thread.skipped()).singleElement().satisfies(s -> assertThat(s.link()).endsWith("/post-88107"));
    }

    @Test
    void pageWithoutForumPostsIsRefusedNamingIt() {
        assertThatThrownBy(() -> ForumThread.parse("<html><body><h1>Tin tức</h1><p>Bài báo.</p></body></html>",
                BASE + "/tin-tuc/bai-1.html"))
                .isInstanceOf(FeedParseException.class)
                .hasMessageContaining("not a forum thread page").hasMessageContaining(BASE + "/tin-tuc/bai-1.html");
    }

    @Test
    void postWhoseTextIsNotInThePagesEncodingIsSkipped() throws Exception {
        String html = LocalSite.text("forums/phpbb-laocai-topic.html").replace("BASE", BASE)
                .replace("Xã đã báo huyện", "X\uFFFD \uFFFD\uFFFD b\uFFFDo huy\uFFFDn");

        SocialListing topic = ForumThread.parse(html, BASE + "/viewtopic.php?t=812");

        assertThat(topic.posts()).hasSize(1);
        assertThat(topic.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).contains("encoding"));
    }
}
