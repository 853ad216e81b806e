package vn.tinradar.deploy.tip;

/**
 * A pasted text cut as an article: its first line (or first sentence, when it is one long line; its first words
 * when that sentence is longer still) is the headline, the next paragraph the lead, all of it the body. A forwarded message has no markup to tell them apart.
 */
record TipText(String title, String lead, String body) {

    static final int MAX_TITLE_CHARS = 250;

    static TipText of(String text) {
        String[] paragraphs = text.strip().split("\\R\\s*");
        String first = paragraphs[0].strip();
        String title = first;
        String rest = paragraphs.length > 1 ? paragraphs[1].strip() : null;
        if (title.length() > MAX_TITLE_CHARS) {
            int end = sentenceEnd(first);
            title = end > 0 && end <= MAX_TITLE_CHARS ? first.substring(0, end) : wordsWithin(first, MAX_TITLE_CHARS);
            rest = first.substring(title.length()).strip();
        }
        return new TipText(title.strip(), rest == null || rest.isEmpty() ? null : rest, text.strip());
    }

    /** The words of {@code s} that fit in {@code max} characters: a headline is not cut inside a word. */
    private static String wordsWithin(String s, int max) {
        int space = s.lastIndexOf(' ', max);
        return s.substring(0, space > 0 ? space : max);
    }

    private static int sentenceEnd(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1))) {
                return i + 1;
            }
        }
        return -1;
    }
}
