package org.hotline.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * axe-core, the npm package the build fetches (see the ear module's POM), run in the page a browser shows. It is put
 * into the page by the test, never served by the application.
 */
final class Axe {

    private static String source;

    private Axe() {}

    /** One broken rule: its id, its impact (minor, moderate, serious, critical), what it asks for and where. */
    record Violation(String rule, String impact, String help, List<String> nodes) {
        @Override
        public String toString() {
            return "[" + impact + "] " + rule + ": " + help + "\n    " + String.join("\n    ", nodes);
        }
    }

    /** Every rule the page breaks now, as axe-core finds it with all its rules (WCAG 2.x A and AA, best practices). */
    static List<Violation> run(Browser browser) {
        if (!Boolean.TRUE.equals(browser.script("return typeof window.axe === 'object'"))) {
            browser.script(source());
        }
        String json = (String) browser.script("return axe.run(document, {resultTypes: ['violations']})"
                + ".then(function (r) { return JSON.stringify(r.violations); })");
        JsonArray violations = Json.createReader(new StringReader(json)).readArray();
        return violations.getValuesAs(JsonObject.class).stream()
                .map(v -> new Violation(
                        v.getString("id"),
                        v.isNull("impact") ? "none" : v.getString("impact"),
                        v.getString("help"),
                        v.getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                                .map(n -> n.getJsonArray("target") + " "
                                        + n.getString("failureSummary", "").replace('\n', ' ') + " — "
                                        + n.getString("html"))
                                .toList()))
                .toList();
    }

    private static synchronized String source() {
        if (source == null) {
            String file = System.getProperty("hotline.axe", "target/axe-core/package/axe.min.js");
            try {
                source = Files.readString(Path.of(file));
            } catch (IOException missing) {
                throw new UncheckedIOException("axe-core is fetched by the ear module's build into " + file, missing);
            }
        }
        return source;
    }
}
