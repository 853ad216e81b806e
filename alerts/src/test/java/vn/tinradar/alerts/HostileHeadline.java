package vn.tinradar.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A headline copied with its markup, and the check that a rendered page shows it as text, never as markup. */
public final class HostileHeadline {

    /** As a scraped site served it: an ampersand and a script. */
    public static final String TEXT = "Sạt lở ở Bảo Hà & Bảo Yên <script>alert('tin giả')</script> dân hoang mang";

    private HostileHeadline() {
    }

    /** Asserts that {@code html} carries the headline escaped and no script element; returns the parsed page. */
    public static Document assertEscapedIn(String html) {
        assertThat(html).contains("Bảo Hà &amp; Bảo Yên &lt;script&gt;alert(&#39;tin giả&#39;)&lt;/script&gt;")
                .doesNotContain("<script>");
        Document page = Jsoup.parse(html);
        assertThat(page.select("script")).isEmpty();
        return page;
    }
}
