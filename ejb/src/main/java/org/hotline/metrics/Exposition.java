package org.hotline.metrics;

import java.util.Locale;

/**
 * Prometheus' text exposition format, version 0.0.4: each family's {@code # HELP} and {@code # TYPE} lines, then its
 * samples, one a line. Label values are escaped as the format wants (backslash, quote, newline); names are ours and
 * fixed in code.
 */
public final class Exposition {

    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final StringBuilder out = new StringBuilder(8192);

    /** Starts a family: its help line and its type ({@code counter}, {@code gauge}, {@code histogram}). */
    public Exposition family(String name, String type, String help) {
        out.append("# HELP ")
                .append(name)
                .append(' ')
                .append(help.replace("\\", "\\\\").replace("\n", "\\n"));
        out.append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
        return this;
    }

    /** A sample without labels. */
    public Exposition sample(String name, double value) {
        out.append(name).append(' ');
        return value(value);
    }

    /** A sample with labels given as name, value, name, value, ... */
    public Exposition sample(String name, double value, String... labels) {
        out.append(name);
        if (labels.length > 0) {
            out.append('{');
            for (int i = 0; i < labels.length; i += 2) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(labels[i])
                        .append("=\"")
                        .append(escaped(labels[i + 1]))
                        .append('"');
            }
            out.append('}');
        }
        out.append(' ');
        return value(value);
    }

    private Exposition value(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            out.append((long) value);
        } else if (Double.isNaN(value)) {
            out.append("NaN");
        } else if (Double.isInfinite(value)) {
            out.append(value > 0 ? "+Inf" : "-Inf");
        } else {
            out.append(String.format(Locale.ROOT, "%.6f", value));
        }
        out.append('\n');
        return this;
    }

    /** Adds what another exposition holds (a source written apart, so that one that fails adds nothing). */
    public Exposition append(Exposition other) {
        out.append(other.out);
        return this;
    }

    static String escaped(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
