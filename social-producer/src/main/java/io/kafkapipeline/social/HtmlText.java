package io.kafkapipeline.social;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A status's HTML {@code content} as plain text, with jsoup: paragraphs and line breaks become spaces, entities are
 * decoded, links keep their text (Mastodon cuts a long URL into spans, which join again without spaces), and the
 * {@code RE: <url>} span of a quote post, which Mastodon's own web page hides, is dropped. Whitespace is collapsed.
 */
public final class HtmlText {

    private HtmlText() {}

    public static String toText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.select(".quote-inline").remove();
        return document.body().text().strip();
    }
}
