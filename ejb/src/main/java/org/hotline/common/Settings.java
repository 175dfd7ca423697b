package org.hotline.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The application's settings, each named by its documented environment variable ({@code HOTLINE_DOCUMENT_SECRET}) and
 * read through WildFly's MicroProfile Config under its property name ({@code hotline.document.secret}): the
 * environment variable keeps working by MicroProfile Config's own mapping, and a system property of that name
 * overrides it. A blank value counts as unset. A value that cannot be read fails with the variable's name, never with
 * the value, since some are secrets.
 *
 * <p>Every setting may instead be given as a file that holds its value: {@code HOTLINE_AUDIT_KEY_FILE} names the file
 * of {@code HOTLINE_AUDIT_KEY}. That is how secrets reach the server without standing in its environment or on a
 * command line: systemd's credentials ({@code LoadCredential=}, read from {@code $CREDENTIALS_DIRECTORY}) and
 * container secrets ({@code /run/secrets/…}) are files. The file's content is the value, without one final line
 * break (an editor or {@code echo} adds it). A setting given both ways is refused, naming both variables: neither
 * silently winning, an operator who moved a secret into a file and forgot the old variable learns it at once. A file
 * that cannot be read is refused naming the variable and the path, never the content.
 *
 * <p>Each area reads its settings from here once into a typed settings record; unit tests build one from a map.
 */
public final class Settings {

    /** The suffix of the variable that names a setting's file instead of giving its value. */
    public static final String FILE_SUFFIX = "_FILE";

    private final Function<String, Optional<String>> source;

    private Settings(Function<String, Optional<String>> given) {
        this.source = variable -> valueOrFile(variable, given);
    }

    private static Optional<String> valueOrFile(String variable, Function<String, Optional<String>> given) {
        Optional<String> value = given.apply(variable).filter(text -> !text.isBlank());
        Optional<String> file =
                given.apply(variable + FILE_SUFFIX).map(String::strip).filter(text -> !text.isEmpty());
        if (file.isEmpty()) {
            return value;
        }
        if (value.isPresent()) {
            throw new IllegalStateException(variable + " and " + variable + FILE_SUFFIX
                    + " are both set (or their system properties " + propertyName(variable) + " and "
                    + propertyName(variable + FILE_SUFFIX) + "): give the value one way only");
        }
        return Optional.of(read(variable, file.get()));
    }

    private static String read(String variable, String file) {
        String content;
        try {
            content = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException unreadable) {
            throw new IllegalStateException(variable + FILE_SUFFIX + " names " + file
                    + ", which cannot be read as text by the server's user ("
                    + unreadable.getClass().getSimpleName() + ")");
        }
        if (content.endsWith("\r\n")) {
            return content.substring(0, content.length() - 2);
        }
        return content.endsWith("\n") ? content.substring(0, content.length() - 1) : content;
    }

    /**
     * The settings MicroProfile Config gives, looked up by each variable's property name in its sources in their order
     * (system properties, then the environment, whose source maps the name to the variable). Each value is taken as
     * given, without MicroProfile Config's {@code ${…}} expansion: a password or a secret may hold those characters,
     * and the values are what the variables said before they were read this way.
     */
    public static Settings of(Config config) {
        return new Settings(variable -> {
            String name = propertyName(variable);
            for (ConfigSource source : config.getConfigSources()) {
                String value = source.getValue(name);
                if (value != null) {
                    return Optional.of(value);
                }
            }
            return Optional.empty();
        });
    }

    /** Settings from a map keyed by the variables' names, as tests (and the environment) give them. */
    public static Settings of(Map<String, String> variables) {
        return new Settings(variable -> Optional.ofNullable(variables.get(variable)));
    }

    /**
     * The MicroProfile Config name of a variable: {@code HOTLINE_PIN_BACKOFF_SECONDS} is
     * {@code hotline.pin.backoff.seconds}, whose environment form is the variable again.
     */
    public static String propertyName(String variable) {
        return variable.toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /** The value stripped of surrounding spaces, or empty when it is unset or blank. */
    public Optional<String> text(String variable) {
        return source.apply(variable).map(String::strip).filter(value -> !value.isEmpty());
    }

    /** The value as given (a password may begin or end with a space), or empty when it is unset or blank. */
    public Optional<String> exact(String variable) {
        return source.apply(variable).filter(value -> !value.isBlank());
    }

    public String text(String variable, String fallback) {
        return text(variable).orElse(fallback);
    }

    /** A whole number, the fallback when unset; fails naming the variable when it is not a number. */
    public long number(String variable, long fallback) {
        Optional<String> value = text(variable);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.get());
        } catch (NumberFormatException notANumber) {
            throw invalid(variable, "must be a whole number");
        }
    }

    public int integer(String variable, int fallback) {
        long value = number(variable, fallback);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw invalid(variable, "is out of range");
        }
        return (int) value;
    }

    public Duration seconds(String variable, long fallback) {
        return Duration.ofSeconds(number(variable, fallback));
    }

    /**
     * A value a typed settings record parses itself; a failure of that parsing is reported naming the variable and
     * what it expects.
     */
    public <T> Optional<T> parsed(String variable, Function<String, T> parser, String expected) {
        Optional<String> value = text(variable);
        try {
            return value.map(parser);
        } catch (RuntimeException unreadable) {
            throw invalid(variable, expected);
        }
    }

    /** The failure of a setting, naming the variable and its property, without the value. */
    public static IllegalStateException invalid(String variable, String problem) {
        return new IllegalStateException(
                variable + " (or the system property " + propertyName(variable) + ") " + problem);
    }
}
