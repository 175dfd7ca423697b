package org.hotline.search;

import java.util.Locale;
import java.util.Optional;
import org.hotline.citizen.PhoneNumber;
import org.hotline.common.TypedSpelling;

/**
 * What an agent typed into the one search box, read every way it can mean something: as words, as a ticket number
 * (with or without its check digit, with spaces, dashes or a leading #), as a phone number in any written form, as
 * the last four characters of a national ID. The typed text is made plain first ({@link TypedSpelling}: invisible
 * characters out, full-width and other compatibility forms folded, Arabic-Indic digits Latin), and a phone number or a
 * national ID written among the words becomes the one canonical word the index holds for it ({@link NumbersInText}).
 */
public record TypedText(String words, Optional<String> number, Optional<PhoneNumber> phone, Optional<String> idSuffix) {

    public static TypedText of(String typed) {
        String latin = typed == null ? "" : TypedSpelling.plain(typed);
        String compact = latin.replaceAll("[\\s\\-#]", "");
        Optional<String> number = compact.matches("[0-9]{6,18}") ? Optional.of(compact) : Optional.empty();
        Optional<String> idSuffix = compact.matches("(?=.*[0-9])[0-9A-Za-z]{4}")
                ? Optional.of(compact.toUpperCase(Locale.ROOT))
                : Optional.empty();
        return new TypedText(NumbersInText.canonicalise(latin), number, phone(latin), idSuffix);
    }

    private static Optional<PhoneNumber> phone(String words) {
        if (words.isEmpty() || !words.matches("[+0-9 ().\\-]{7,}")) {
            return Optional.empty();
        }
        return PhoneNumber.read(words);
    }

    public boolean isBlank() {
        return words.isEmpty();
    }
}
