package org.hotline.web.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages of the interface, Arabic first. Each name is written in its own language, as users look for it. */
public enum Language {
    AR("ar", "rtl", "العربية", "ar-IQ-u-nu-latn"),
    EN("en", "ltr", "English", "en-GB"),
    /** Sorani; its dates and words come from CLDR's ckb (Central Kurdish), since plain "ku" there is Kurmanji. */
    KU("ku", "rtl", "کوردی", "ckb-IQ-u-nu-latn");

    public static final Language DEFAULT = AR;

    private final String code;
    private final String direction;
    private final String nativeName;
    private final String formattingTag;

    Language(String code, String direction, String nativeName, String formattingTag) {
        this.code = code;
        this.direction = direction;
        this.nativeName = nativeName;
        this.formattingTag = formattingTag;
    }

    public static Optional<Language> ofCode(String code) {
        return Arrays.stream(values())
                .filter(language -> language.code.equals(code))
                .findFirst();
    }

    public String getCode() {
        return code;
    }

    public String getDirection() {
        return direction;
    }

    public String getNativeName() {
        return nativeName;
    }

    /** The locale of the texts: picks the messages bundle. */
    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /**
     * The locale of dates and numbers, as written in Iraq, in Latin digits in every language ({@code -u-nu-latn}):
     * the numbers a page shows beside them (ticket numbers, phone numbers, document numbers, the reports' tables and
     * exports) are Latin, and a sentence must not mix two digit systems. Typed Arabic-Indic digits are still read.
     */
    public Locale formattingLocale() {
        return Locale.forLanguageTag(formattingTag);
    }
}
