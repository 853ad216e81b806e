package vn.tinradar.ingest.text;

/**
 * The text of a post, which has no headline: its lines made plain, and its first line standing for a headline, cut
 * at a word near {@value #TITLE_CHARS} characters, the rest its text, so no word is counted twice.
 */
public final class PostText {

    public static final int TITLE_CHARS = 150;

    private PostText() {
    }

    /** {@code [title, rest or null]}; a first line too long is cut at a word and the whole message kept as text. */
    public static String[] split(String message) {
        int nl = message.indexOf('\n');
        String first = (nl < 0 ? message : message.substring(0, nl)).strip();
        String rest = nl < 0 ? null : message.substring(nl + 1).strip();
        if (first.length() <= TITLE_CHARS) {
            return new String[] {first, rest == null || rest.isEmpty() ? null : rest};
        }
        int cut = first.lastIndexOf(' ', TITLE_CHARS);
        return new String[] {first.substring(0, cut > TITLE_CHARS / 2 ? cut : TITLE_CHARS).strip() + "…", message};
    }

    /** Each line made plain (entities, tags, spaces), empty lines dropped: a post's lines are its paragraphs. */
    public static String plainLines(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String line : value.split("\\r?\\n|\\r")) {
            String plain = CleanText.plain(line);
            if (plain != null) {
                out.append(out.length() > 0 ? "\n" : "").append(plain);
            }
        }
        return out.length() == 0 ? null : out.toString();
    }
}
