package org.hotline.metrics;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * A counter family with fixed label names. Label values must come from a closed set (an enum, a status class, a class
 * name): each distinct combination is a time series kept for the life of the server. Counting is a map lookup and a
 * {@link LongAdder} increment.
 */
public final class Counter {

    private final String name;
    private final String help;
    private final String[] labelNames;
    private final Map<List<String>, LongAdder> values = new ConcurrentHashMap<>();

    public Counter(String name, String help, String... labelNames) {
        this.name = name;
        this.help = help;
        this.labelNames = labelNames.clone();
    }

    /** Adds one for these label values, given in the order of the label names. */
    public void increment(String... labelValues) {
        add(1, labelValues);
    }

    /** Adds {@code amount} (not negative: a counter only grows) for these label values. */
    public void add(long amount, String... labelValues) {
        if (labelValues.length != labelNames.length) {
            throw new IllegalArgumentException(name + " takes " + labelNames.length + " label value(s)");
        }
        if (amount < 0) {
            throw new IllegalArgumentException(name + " only grows");
        }
        values.computeIfAbsent(List.of(labelValues), key -> new LongAdder()).add(amount);
    }

    /** The count for these label values (0 when never counted). */
    public long count(String... labelValues) {
        LongAdder adder = values.get(List.of(labelValues));
        return adder == null ? 0 : adder.sum();
    }

    public void writeTo(Exposition out) {
        out.family(name, "counter", help);
        values.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(
                        (a, b) -> String.join("\u0000", a).compareTo(String.join("\u0000", b))))
                .forEach(entry -> out.sample(name, entry.getValue().sum(), labels(entry.getKey())));
    }

    private String[] labels(List<String> labelValues) {
        String[] labels = new String[labelNames.length * 2];
        for (int i = 0; i < labelNames.length; i++) {
            labels[2 * i] = labelNames[i];
            labels[2 * i + 1] = labelValues.get(i);
        }
        return labels;
    }

    @Override
    public String toString() {
        return name + Arrays.toString(labelNames);
    }
}
