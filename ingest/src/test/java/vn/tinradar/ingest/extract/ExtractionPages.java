package vn.tinradar.ingest.extract;

import java.util.List;

/** The labelled article pages under {@code src/test/resources/pages/}, one per CMS layout. */
public final class ExtractionPages {

    public static final List<String> NAMES = List.of("baolaocai-article", "baoyenbai-legacy", "laocai-gov-portal",
            "national-vccorp", "emagazine-wordpress", "national-epaper", "forum-post", "unlicensed-ads", "baolaocai-amp",
            "provincial-div-paragraphs", "news-with-reader-comments", "national-fck-detail", "national-detail-content",
            "party-cms-body", "department-aspnet-table");

    private ExtractionPages() {
    }
}
