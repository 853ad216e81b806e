package vn.tinradar.ingest.source;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a source's articles keep their readers' comments.
 *
 * @param url for an endpoint format, the address with {@value #ARTICLE_ID} standing for the article's number (the
 *     last run of digits in its address, as VnExpress's {@code …-4812345.html}); null for a format read in the page
 */
public record CommentsAt(CommentFormat format, String url) {

    public static final String ARTICLE_ID = "{article-id}";
    private static final Pattern LAST_NUMBER = Pattern.compile("(\\d{4,})(?!.*\\d{4,})");

    /** The endpoint's address for the article at {@code articleUrl}, or empty when that address has no number. */
    public Optional<String> endpointFor(String articleUrl) {
        Matcher m = LAST_NUMBER.matcher(articleUrl);
        return m.find() ? Optional.of(url.replace(ARTICLE_ID, m.group(1))) : Optional.empty();
    }
}
