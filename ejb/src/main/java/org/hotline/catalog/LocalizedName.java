package org.hotline.catalog;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/** A name in Arabic and English, and in Kurdish where the catalogue has it. */
public record LocalizedName(String ar, String en, String ku) implements Serializable {

    public LocalizedName {
        requireNonNull(ar, "the Arabic name is required");
        requireNonNull(en, "the English name is required");
        if (ar.isBlank() || en.isBlank()) {
            throw new IllegalArgumentException("Arabic and English names must not be blank");
        }
    }

    /** The name in a language (ar, en, ku); Kurdish falls back to Arabic script's nearest, Arabic. */
    public String in(String language) {
        return switch (language) {
            case "en" -> en;
            case "ku" -> ku != null && !ku.isBlank() ? ku : ar;
            default -> ar;
        };
    }
}
