package org.hotline.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExpositionTest {

    @Test
    void countersWriteOneLinePerLabelValuesWithTheirHelpAndType() {
        Counter counter = new Counter("hotline_things_total", "Things.", "kind");
        counter.increment("b");
        counter.increment("a\"\\\n");
        counter.increment("b");
        Exposition out = new Exposition();
        counter.writeTo(out);
        assertEquals(
                "# HELP hotline_things_total Things.\n"
                        + "# TYPE hotline_things_total counter\n"
                        + "hotline_things_total{kind=\"a\\\"\\\\\\n\"} 1\n"
                        + "hotline_things_total{kind=\"b\"} 2\n",
                out.toString());
    }

    @Test
    void histogramBucketsAreCumulativeWithSumAndCount() {
        Histogram histogram = new Histogram("hotline_wait_seconds", "Waits.", new double[] {0.1, 1}, "kind");
        histogram.observe(0.05, "page");
        histogram.observe(0.5, "page");
        histogram.observe(3, "page");
        Exposition out = new Exposition();
        histogram.writeTo(out);
        assertEquals(
                "# HELP hotline_wait_seconds Waits.\n"
                        + "# TYPE hotline_wait_seconds histogram\n"
                        + "hotline_wait_seconds_bucket{kind=\"page\",le=\"0.1\"} 1\n"
                        + "hotline_wait_seconds_bucket{kind=\"page\",le=\"1.0\"} 2\n"
                        + "hotline_wait_seconds_bucket{kind=\"page\",le=\"+Inf\"} 3\n"
                        + "hotline_wait_seconds_sum{kind=\"page\"} 3.550000\n"
                        + "hotline_wait_seconds_count{kind=\"page\"} 3\n",
                out.toString());
    }

    @Test
    void statusesAreCountedByTheirClass() {
        assertEquals("2xx", Metrics.statusClass(201));
        assertEquals("5xx", Metrics.statusClass(503));
        assertEquals("other", Metrics.statusClass(0));
    }
}
