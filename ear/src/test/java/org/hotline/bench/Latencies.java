package org.hotline.bench;

import java.util.List;

/** The benchmarks' one way of reading a percentile. */
final class Latencies {

    private Latencies() {}

    /** The nearest-rank percentile {@code p} (0.5 for the median) of sorted nanoseconds, in milliseconds. */
    static double percentile(List<Long> sortedNanos, double p) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        return sortedNanos.get((int) Math.min(sortedNanos.size() - 1, Math.ceil(p * sortedNanos.size()) - 1)) / 1e6;
    }
}
