package org.hotline.web.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.hotline.search.Snippet;

/**
 * A snippet as HTML: the text escaped, then the matched words wrapped in {@code <mark>}. The only place search text
 * becomes markup, so the page may show it unescaped.
 */
@Named
@ApplicationScoped
public class Highlights {

    public String html(Snippet snippet) {
        StringBuilder html = new StringBuilder(snippet.text().length() + 32);
        int at = 0;
        for (Snippet.Mark mark : snippet.marks()) {
            escape(html, snippet.text(), at, mark.start());
            html.append("<mark>");
            escape(html, snippet.text(), mark.start(), mark.end());
            html.append("</mark>");
            at = mark.end();
        }
        escape(html, snippet.text(), at, snippet.text().length());
        return html.toString();
    }

    private static void escape(StringBuilder html, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
