package org.hotline.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The passages of a hit that show why it matched, with the matched words marked. WildFly's Lucene module has no
 * highlighter (lucene-highlighter is not shipped), so this is ours: the stored text is cut into terms by the very
 * analyser the field is searched with, and a word is marked when its term is one of the query's. "الجوازات" in a
 * ticket is therefore marked for a query "جواز", and "إصدار" for "اصدار", exactly as the search matched them.
 */
public final class Passages {

    /** About two lines of the results page. */
    static final int LENGTH = 160;

    private static final int BEFORE_FIRST_MATCH = 50;
    private static final String CUT = "…";
    private static final Analyzer TEXT = TextAnalysis.arabic();

    private final Set<String> queryTerms;

    private Passages(Set<String> queryTerms) {
        this.queryTerms = queryTerms;
    }

    /** For the words typed, analysed as the text fields are. */
    public static Passages forQuery(String words) {
        Set<String> terms = new HashSet<>();
        analyse(words == null ? "" : words, (term, start, end) -> terms.add(term));
        return new Passages(terms);
    }

    /** The passage of one text around its first matched word, or nothing when no word of it matched. */
    public List<Snippet> of(String field, String text) {
        if (text == null || text.isEmpty() || queryTerms.isEmpty()) {
            return List.of();
        }
        List<Snippet.Mark> marks = new ArrayList<>();
        analyse(text, (term, start, end) -> {
            if (queryTerms.contains(term)) {
                mark(marks, start, end);
            }
        });
        return marks.isEmpty() ? List.of() : List.of(window(field, text, marks));
    }

    /**
     * Marks a word, once: the analysis gives some words twice at one place (a hamza form, a stem without its pronoun)
     * and a written phone number once more over all its groups, so a mark that overlaps the last one joins it.
     */
    private static void mark(List<Snippet.Mark> marks, int start, int end) {
        Snippet.Mark last = marks.isEmpty() ? null : marks.get(marks.size() - 1);
        if (last != null && start < last.end()) {
            marks.set(marks.size() - 1, new Snippet.Mark(last.start(), Math.max(last.end(), end)));
        } else {
            marks.add(new Snippet.Mark(start, end));
        }
    }

    /** The passages of several fields (a list field counts each value), the fields' order kept, at most {@code max}. */
    public List<Snippet> of(int max, List<Field> fields) {
        List<Snippet> snippets = new ArrayList<>();
        for (Field field : fields) {
            for (String text : field.texts()) {
                if (snippets.size() < max) {
                    snippets.addAll(of(field.name(), text));
                }
            }
        }
        return snippets.size() > max ? snippets.subList(0, max) : snippets;
    }

    /** A field's name and its stored text (one value, or each value of a list). */
    public record Field(String name, List<String> texts) {

        public static Field of(String name, Object stored) {
            if (stored == null) {
                return new Field(name, List.of());
            }
            return new Field(
                    name,
                    stored instanceof List<?> values
                            ? values.stream().map(String::valueOf).toList()
                            : List.of(String.valueOf(stored)));
        }
    }

    private static Snippet window(String field, String text, List<Snippet.Mark> marks) {
        int start = Math.max(0, marks.get(0).start() - BEFORE_FIRST_MATCH);
        if (start > 0) {
            int space = text.indexOf(' ', start);
            start = space >= 0 && space < marks.get(0).start() ? space + 1 : start;
        }
        int end = Math.min(text.length(), start + LENGTH);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        String prefix = start > 0 ? CUT : "";
        String suffix = end < text.length() ? CUT : "";
        int shift = prefix.length() - start;
        int last = end;
        List<Snippet.Mark> inside = marks.stream()
                .filter(m -> m.end() <= last)
                .map(m -> new Snippet.Mark(m.start() + shift, m.end() + shift))
                .toList();
        return new Snippet(field, prefix + text.substring(start, end) + suffix, inside);
    }

    @FunctionalInterface
    private interface TermSink {
        void term(String term, int start, int end);
    }

    private static void analyse(String text, TermSink sink) {
        try (TokenStream stream = TEXT.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                sink.term(term.toString(), offset.startOffset(), offset.endOffset());
            }
            stream.end();
        } catch (IOException cannotHappenOnAString) {
            throw new UncheckedIOException(cannotHappenOnAString);
        }
    }
}
