package org.hotline.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * A histogram family of durations in seconds with fixed buckets and label names. An observation finds its bucket and
 * increments it, the sum and the count; the buckets are made cumulative only when scraped. The same rule as
 * {@link Counter} holds for label values: a closed set.
 */
public final class Histogram {

    private final String name;
    private final String help;
    private final String[] labelNames;
    private final double[] bounds;
    private final Map<List<String>, Series> series = new ConcurrentHashMap<>();

    public Histogram(String name, String help, double[] bounds, String... labelNames) {
        this.name = name;
        this.help = help;
        this.bounds = bounds.clone();
        this.labelNames = labelNames.clone();
    }

    public void observe(double seconds, String... labelValues) {
        if (labelValues.length != labelNames.length) {
            throw new IllegalArgumentException(name + " takes " + labelNames.length + " label value(s)");
        }
        series.computeIfAbsent(List.of(labelValues), key -> new Series(bounds.length))
                .observe(bucket(seconds), seconds);
    }

    private int bucket(double seconds) {
        for (int i = 0; i < bounds.length; i++) {
            if (seconds <= bounds[i]) {
                return i;
            }
        }
        return bounds.length;
    }

    public void writeTo(Exposition out) {
        out.family(name, "histogram", help);
        series.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(
                        (a, b) -> String.join("\u0000", a).compareTo(String.join("\u0000", b))))
                .forEach(entry -> {
                    Series s = entry.getValue();
                    long cumulative = 0;
                    for (int i = 0; i <= bounds.length; i++) {
                        cumulative += s.buckets[i].sum();
                        out.sample(
                                name + "_bucket",
                                cumulative,
                                labels(entry.getKey(), i < bounds.length ? Double.toString(bounds[i]) : "+Inf"));
                    }
                    out.sample(name + "_sum", s.sum.sum(), labels(entry.getKey(), null));
                    out.sample(name + "_count", cumulative, labels(entry.getKey(), null));
                });
    }

    private String[] labels(List<String> labelValues, String le) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < labelNames.length; i++) {
            labels.add(labelNames[i]);
            labels.add(labelValues.get(i));
        }
        if (le != null) {
            labels.add("le");
            labels.add(le);
        }
        return labels.toArray(String[]::new);
    }

    private static final class Series {

        private final LongAdder[] buckets;
        private final DoubleAdder sum = new DoubleAdder();

        Series(int bounds) {
            buckets = new LongAdder[bounds + 1];
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] = new LongAdder();
            }
        }

        void observe(int bucket, double seconds) {
            buckets[bucket].increment();
            sum.add(seconds);
        }
    }
}
