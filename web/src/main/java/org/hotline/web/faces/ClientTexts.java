package org.hotline.web.faces;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Map;
import java.util.TreeMap;

/**
 * Texts in the user's language for a page's script, as JSON to sit in a {@code <script type="application/json">}
 * element. The scripts build their content with textContent only, so no text from the PBX or the database is ever
 * read as HTML.
 */
public final class ClientTexts {

    private static final Jsonb JSON = JsonbBuilder.create();

    private final Map<String, String> texts = new TreeMap<>();

    public ClientTexts key(String key) {
        texts.put(key, Messages.text(key));
        return this;
    }

    public ClientTexts keys(Iterable<String> keys) {
        keys.forEach(this::key);
        return this;
    }

    /** One text per value of the enum, under {@code prefix + name}. */
    public ClientTexts each(String prefix, Enum<?>[] values) {
        for (Enum<?> value : values) {
            key(prefix + value.name());
        }
        return this;
    }

    public ClientTexts put(String key, String text) {
        texts.put(key, text);
        return this;
    }

    /** The JSON, with "</" escaped so that it never closes the script element it sits in. */
    public String json() {
        return JSON.toJson(texts).replace("</", "<\\/");
    }
}
