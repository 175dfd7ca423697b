package org.hotline.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * A filter that may give a word in several forms at one position, the way synonyms are given: the word's own form
 * first, then the others with no position increment, so a query meets the word by any of them and phrases still hold.
 * The hamza seats ({@link ScriptFolding}) and the extra stems ({@link ArabicLightStem}) are given this way.
 */
abstract class SamePlaceForms extends TokenFilter {

    protected final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final Deque<AttributeSource.State> others = new ArrayDeque<>();

    SamePlaceForms(TokenStream in) {
        super(in);
    }

    @Override
    public final boolean incrementToken() throws IOException {
        if (!others.isEmpty()) {
            restoreState(others.poll());
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        read();
        return true;
    }

    /** Makes the current word's own form in {@link #term}, and names its other forms by {@link #alsoAtThisPlace}. */
    protected abstract void read();

    /** Gives these forms after the word's own, at its position; a form equal to the word's own is not given again. */
    protected final void alsoAtThisPlace(Collection<String> forms) {
        String own = term.toString();
        int position = increment.getPositionIncrement();
        for (String form : forms) {
            if (!form.equals(own)) {
                term.setEmpty().append(form);
                increment.setPositionIncrement(0);
                others.add(captureState());
            }
        }
        term.setEmpty().append(own);
        increment.setPositionIncrement(position);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        others.clear();
    }
}
