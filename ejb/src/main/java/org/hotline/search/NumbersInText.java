package org.hotline.search;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.util.AttributeSource;
import org.hotline.citizen.PhoneNumber;
import org.hotline.common.Digits;

/**
 * Phone numbers and national IDs written inside free text, indexed in one form whatever form they were written in.
 * A citizen's number appears in a ticket as 07701234567, 0770 123 4567, +964 770 123 4567, 00964-770-123-4567 or in
 * Arabic-Indic digits; each of these is also indexed as its E.164 digits without the plus (9647701234567), as
 * libphonenumber reads it (numbers without a country code are Iraqi; a foreign number is found by its groups). A national ID written in groups
 * (1990 1234 5678) is also indexed joined (199012345678). The groups themselves stay indexed as written, so the end
 * of a number or a request number next to it is still found.
 *
 * <p>At indexing this is a token filter: digits tokens that follow one another with at most two separator characters
 * between them are read together. A query is cut into words before it is analysed, so the typed text's numbers are
 * joined first by {@link #canonicalise(String)}; the single canonical word then meets the indexed one.
 */
final class NumbersInText extends TokenFilter {

    /** The digits of a national ID (the unified national card). */
    static final int NATIONAL_ID_DIGITS = 12;

    private static final int MOST_GROUPS = 6;
    private static final int MOST_SEPARATORS = 2;
    private static final String HOME_CODE =
            String.valueOf(PhoneNumberUtil.getInstance().getCountryCodeForRegion(PhoneNumber.HOME_REGION));
    /** The lengths of an Iraqi national significant number (libphonenumber's metadata: possibleLengths 8, 9, 10). */
    private static final Set<Integer> HOME_LENGTHS = Set.of(8, 9, 10);
    /** A written number in typed text: digits with the separators people put in numbers, perhaps a leading +. */
    private static final Pattern WRITTEN =
            Pattern.compile("(?<![\\p{L}\\p{N}])\\+?[0-9](?:[0-9]|[ ().\\-]{1,2}(?=[0-9]))*");

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);

    /** Tokens read ahead, and the canonical tokens to give after some of them. */
    private final Deque<AttributeSource.State> pending = new ArrayDeque<>();

    private AttributeSource.State lookahead;

    NumbersInText(TokenStream in) {
        super(in);
    }

    /**
     * The canonical form of a number's digits (Latin, nothing else): a valid phone number's E.164 digits without the
     * plus, or a national ID's twelve digits; nothing when the digits are neither.
     */
    static Optional<String> canonical(String digits) {
        if (couldBeAHomeNumber(digits)) {
            Optional<String> phone =
                    PhoneNumber.read(digits).map(number -> number.e164().substring(1));
            if (phone.isPresent()) {
                return phone;
            }
        }
        return digits.length() == NATIONAL_ID_DIGITS ? Optional.of(digits) : Optional.empty();
    }

    /**
     * Whether the digits have the length of an Iraqi number once its trunk zero or country code is taken off, as
     * libphonenumber's metadata gives it. Parsing is dear (tens of microseconds) and a ticket's text is full of
     * request numbers, amounts and dates, so only the digits that could be one are parsed. A foreign number is
     * found by its groups as written.
     */
    private static boolean couldBeAHomeNumber(String digits) {
        String national = digits.startsWith("00" + HOME_CODE)
                ? digits.substring(2 + HOME_CODE.length())
                : digits.startsWith(HOME_CODE)
                        ? digits.substring(HOME_CODE.length())
                        : digits.startsWith("0") ? digits.substring(1) : digits;
        return HOME_LENGTHS.contains(national.length()) && national.charAt(0) != '0';
    }

    /** The typed text with every written number that is a phone number or a national ID in its canonical form. */
    static String canonicalise(String typed) {
        String latin = Digits.toLatin(typed);
        Matcher written = WRITTEN.matcher(latin);
        StringBuilder out = new StringBuilder(latin.length());
        while (written.find()) {
            String digits = written.group().replaceAll("[^0-9]", "");
            written.appendReplacement(
                    out, Matcher.quoteReplacement(canonical(digits).orElse(written.group())));
        }
        written.appendTail(out);
        return out.toString();
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(pending.poll());
            return true;
        }
        if (lookahead != null) {
            restoreState(lookahead);
            lookahead = null;
        } else if (!input.incrementToken()) {
            return false;
        }
        if (!isNumber()) {
            return true;
        }
        readRun();
        restoreState(pending.poll());
        return true;
    }

    /** The run of number tokens starting with the current one, with the canonical tokens each sub-run makes. */
    private void readRun() throws IOException {
        List<AttributeSource.State> run = new ArrayList<>();
        List<String> digits = new ArrayList<>();
        List<int[]> offsets = new ArrayList<>();
        run.add(captureState());
        digits.add(digitsOf());
        offsets.add(new int[] {offset.startOffset(), offset.endOffset()});
        while (run.size() < MOST_GROUPS && input.incrementToken()) {
            if (isNumber()
                    && increment.getPositionIncrement() == 1
                    && offset.startOffset() - offsets.get(offsets.size() - 1)[1] <= MOST_SEPARATORS) {
                run.add(captureState());
                digits.add(digitsOf());
                offsets.add(new int[] {offset.startOffset(), offset.endOffset()});
            } else {
                lookahead = captureState();
                break;
            }
        }
        int from = 0;
        while (from < run.size()) {
            pending.add(run.get(from));
            int to = longestCanonical(digits, from);
            if (to >= 0) {
                restoreState(run.get(from));
                String canonical =
                        canonical(String.join("", digits.subList(from, to + 1))).orElseThrow();
                if (to > from || !canonical.equals(digits.get(from))) {
                    term.setEmpty().append(canonical);
                    offset.setOffset(offsets.get(from)[0], offsets.get(to)[1]);
                    increment.setPositionIncrement(0);
                    length.setPositionLength(to - from + 1);
                    pending.add(captureState());
                }
                for (int i = from + 1; i <= to; i++) {
                    pending.add(run.get(i));
                }
                from = to + 1;
            } else {
                from++;
            }
        }
    }

    /** The last group of the longest sub-run from {@code from} that is a phone number or a national ID; -1 if none. */
    private static int longestCanonical(List<String> digits, int from) {
        for (int to = digits.size() - 1; to >= from; to--) {
            if (canonical(String.join("", digits.subList(from, to + 1))).isPresent()) {
                return to;
            }
        }
        return -1;
    }

    private boolean isNumber() {
        int length = term.length();
        if (length == 0 || !Character.isDigit(term.charAt(0)) || !Character.isDigit(term.charAt(length - 1))) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = term.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && c != ',') {
                return false;
            }
        }
        return true;
    }

    private String digitsOf() {
        StringBuilder digits = new StringBuilder(term.length());
        for (int i = 0; i < term.length(); i++) {
            if (term.charAt(i) >= '0' && term.charAt(i) <= '9') {
                digits.append(term.charAt(i));
            }
        }
        return digits.toString();
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        lookahead = null;
    }
}
