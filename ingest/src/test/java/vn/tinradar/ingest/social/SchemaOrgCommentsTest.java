package vn.tinradar.ingest.social;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.Engagement;

/**
 * Readers' comments marked up in an article page as schema.org microdata, in the shapes real pages use (a WordPress
 * theme's {@code Comment} items, the older {@code UserComments}, a lower-case type, the time inside the author's
 * item, no id at all); the pages are written for the project after those real ones.
 */
class SchemaOrgCommentsTest {

    private static final String ARTICLE = "https://baolaocai.vn/thoi-su/sat-lo-quoc-lo-4d-4812345.html";

    private static SocialListing read(String body) {
        return SchemaOrgComments.parse("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"></head><body>"
                + "<article><h1>Sạt lở chia cắt quốc lộ 4D qua Sa Pa</h1><p>Mưa lớn kéo dài…</p></article>"
                + body + "</body></html>", ARTICLE, "Báo Lào Cai");
    }

    @Test
    void microdataCommentGivesItsTextTimeAddressAndLikes() {
        SocialListing listing = read("""
                <ol class="comment-list">
                  <li id="binh-luan-9001" itemscope itemtype="https://schema.org/Comment" itemprop="comment">
                    <a itemprop="url" href="#binh-luan-9001"><time itemprop="datePublished"
                       datetime="2026-11-21T09:12:00+07:00">21/11/2026 09:12</time></a>
                    <div itemprop="text"><p>Đoạn này năm nào mùa mưa cũng sạt.</p><p>Mong tỉnh sớm làm kè chắn.</p></div>
                    <button itemprop="upvoteCount">27</button>
                  </li>
                </ol>""");

        SocialItem comment = listing.posts().get(0);
        assertThat(listing.posts()).hasSize(1);
        assertThat(comment.title()).isEqualTo("Đoạn này năm nào mùa mưa cũng sạt.");
        assertThat(comment.text()).isEqualTo("Mong tỉnh sớm làm kè chắn.");
        assertThat(comment.published().toInstant()).hasToString("2026-11-21T02:12:00Z");
        assertThat(comment.url()).isEqualTo(ARTICLE + "#binh-luan-9001");
        assertThat(comment.post().postId()).isEqualTo("binh-luan-9001");
        assertThat(comment.engagement()).isEqualTo(new Engagement(27L, null, null));
    }

    @Test
    void lowerCaseTypeAndTheOlderUserCommentsAreComments() {
        SocialListing listing = read("""
                <ul>
                  <li itemscope itemtype="http://schema.org/comment" id="c1">
                    <time itemprop="datePublished" content="2026-11-21T10:27:29+0700">21.11.2026, 10:27</time>
                    <p itemprop="text">Xe khách vẫn cố đi qua đoạn sạt, rất nguy hiểm.</p>
                  </li>
                  <li itemscope itemtype="https://schema.org/UserComments" id="c2">
                    <span itemprop="commentTime" datetime="2026-11-21T11:02:00+07:00">11:02</span>
                    <div itemprop="commentText">Cảm ơn lực lượng chức năng đã trắng đêm thông đường.</div>
                  </li>
                </ul>""");

        assertThat(listing.posts()).extracting(SocialItem::title).containsExactly(
                "Xe khách vẫn cố đi qua đoạn sạt, rất nguy hiểm.",
                "Cảm ơn lực lượng chức năng đã trắng đêm thông đường.");
        assertThat(listing.posts()).extracting(p -> p.published().toInstant().toString())
                .containsExactly("2026-11-21T03:27:29Z", "2026-11-21T04:02:00Z");
    }

    @Test
    void timeThatTheThemePutsInsideTheAuthorsItemIsTheCommentsTime() {
        SocialListing listing = read("""
                <article id="div-comment-5334" itemscope itemtype="https://schema.org/Comment">
                  <div itemprop="author" itemscope itemtype="https://schema.org/Person">
                    <cite itemprop="name">Nguyễn Văn A</cite>
                    <a href="#comment-5334"><time itemprop="datePublished" datetime="2026-11-21T15:17:21+07:00">
                      21/11/2026</time></a>
                  </div>
                  <div itemprop="text"><p>Đường tránh qua xã Tả Van cũng đang sụt lún.</p></div>
                </article>""");

        SocialItem comment = listing.posts().get(0);
        assertThat(comment.published().toInstant()).hasToString("2026-11-21T08:17:21Z");
        assertThat(comment.url()).isEqualTo(ARTICLE + "#div-comment-5334");
        assertThat(comment.toString()).as("the commenter's name is never read").doesNotContain("Nguyễn Văn A");
    }

    @Test
    void replyInsideACommentIsReadAsItsOwnComment() {
        SocialListing listing = read("""
                <li id="comment-1" itemscope itemtype="https://schema.org/Comment">
                  <time itemprop="dateCreated" datetime="2026-11-21T09:12:00+07:00"></time>
                  <div itemprop="text">Mong tỉnh sớm làm kè chắn.</div>
                  <ol class="children">
                    <li id="comment-2" itemscope itemtype="https://schema.org/Comment" itemprop="comment">
                      <time itemprop="dateCreated" datetime="2026-11-21T09:40:00+07:00"></time>
                      <div itemprop="text">Đồng ý, mùa mưa năm nào cũng vậy.</div>
                      <span itemprop="upvoteCount">4</span>
                    </li>
                  </ol>
                </li>""");

        assertThat(listing.posts()).extracting(p -> p.post().postId()).containsExactly("comment-1", "comment-2");
        assertThat(listing.posts().get(0).engagement()).as("the reply's likes are the reply's").isNull();
        assertThat(listing.posts().get(1).published().toInstant()).hasToString("2026-11-21T02:40:00Z");
        assertThat(listing.posts().get(1).post().parentUrl()).isEqualTo(ARTICLE);
    }

    @Test
    void commentWithoutAnyIdGetsTheSameIdFromItsTimeAndWordsOnEachReading() {
        String page = """
                <li itemscope itemtype="http://schema.org/comment" itemprop="comment">
                  <time itemprop="datePublished" content="2026-11-21T10:27:29+0700">21.11.2026</time>
                  <p itemprop="text">Đề nghị công bố lịch thông xe cụ thể.</p>
                </li>""";

        String first = read(page).posts().get(0).post().postId();
        String again = read(page).posts().get(0).post().postId();

        assertThat(first).startsWith("text-").hasSize(21).isEqualTo(again);
    }

    @Test
    void idInsideTheCommentIsItsIdWhenTheItemHasNone() {
        SocialListing listing = read("""
                <div itemscope itemprop="comment" itemtype="https://schema.org/Comment">
                  <div id="207290" class="comment-item__container">
                    <span itemprop="datePublished" content="2026-11-21T14:15:08+07:00">14:15 21.11.26</span>
                    <div itemprop="text"><span>Bao giờ thông xe?</span></div>
                  </div>
                </div>""");

        assertThat(listing.posts().get(0).post().postId()).isEqualTo("207290");
        assertThat(listing.posts().get(0).url()).as("an anchor the page has").isEqualTo(ARTICLE + "#207290");
    }

    @Test
    void boxTypedAsCommentsWithoutTextIsNotAComment() {
        SocialListing listing = read("""
                <div class="comments-list" itemscope itemtype="http://schema.org/UserComments" style="display:none">
                  <h3>Tất cả bình luận</h3>
                </div>""");

        assertThat(listing.posts()).isEmpty();
        assertThat(listing.skipped()).isEmpty();
    }

    @Test
    void microdataCommentWithoutATimeIsSkippedNamingIt() {
        SocialListing listing = read("""
                <li id="binh-luan-9002" itemscope itemtype="https://schema.org/Comment">
                  <div itemprop="text">Cảm ơn các chiến sĩ.</div>
                </li>""");

        assertThat(listing.posts()).isEmpty();
        assertThat(listing.skipped()).singleElement().satisfies(s ->
                assertThat(s.toString()).contains("without a readable time").contains("binh-luan-9002"));
    }

    @Test
    void pageGivingItsCommentsInJsonLdAndMicrodataCountsEachOnce() {
        SocialListing listing = read("""
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@type": "NewsArticle", "comment": [{"@type": "Comment",
                 "@id": "%s#binh-luan-9001", "text": "Mong tỉnh sớm làm kè chắn.",
                 "dateCreated": "2026-11-21T09:12:00+07:00"}]}
                </script>
                <li id="binh-luan-9001" itemscope itemtype="https://schema.org/Comment">
                  <time itemprop="dateCreated" datetime="2026-11-21T09:12:00+07:00"></time>
                  <div itemprop="text">Mong tỉnh sớm làm kè chắn.</div>
                </li>""".formatted(ARTICLE));

        assertThat(listing.posts()).hasSize(1);
    }
}
