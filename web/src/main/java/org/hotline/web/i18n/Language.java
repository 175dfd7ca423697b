package org.hotline.web.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages of the interface, Arabic first. Each name is written in its own language, as users look for it. */
public enum Language {
    AR("ar", "rtl", "العربية", "ar-IQ"),
    EN("en", "ltr", "English", "en-GB"),
    /** Sorani; its dates and digits come from CLDR's ckb (Central Kurdish), since plain "ku" there is Kurmanji. */
    KU("ku", "rtl", "کوردی", "ckb-IQ");

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
        return Arrays.stream(values()).filter(language -> language.code.equals(code)).findFirst();
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

    /** The locale of dates and numbers, as written in Iraq. */
    public Locale formattingLocale() {
        return Locale.forLanguageTag(formattingTag);
    }
}
