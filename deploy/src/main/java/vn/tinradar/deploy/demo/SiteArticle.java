package vn.tinradar.deploy.demo;

import java.time.Instant;

/** A corpus article as one demo site serves it: its address there and its publication time moved to the demo clock. */
record SiteArticle(DemoArticle article, long number, String path, String url, Instant published) {

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
