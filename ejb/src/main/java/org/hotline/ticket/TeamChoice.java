package org.hotline.ticket;

import java.io.Serializable;

/** A team as pickers offer it: its code, kept on the ticket, and its name in Arabic and English. */
public record TeamChoice(String code, String nameAr, String nameEn) implements Serializable {

    /** The name in the reader's language: English for English, Arabic otherwise (Kurdish readers get the Arabic). */
    public String name(String language) {
        return "en".equals(language) ? nameEn : nameAr;
    }
}
