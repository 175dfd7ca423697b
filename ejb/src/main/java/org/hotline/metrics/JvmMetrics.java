package org.hotline.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;

/** The Java virtual machine's memory, collections and threads, from its own management beans (no cost to speak of). */
@ApplicationScoped
public class JvmMetrics implements MetricSource {

    @Override
    public String name() {
        return "jvm";
    }

    @Override
    public void writeTo(Exposition out) {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        MemoryUsage nonHeap = ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage();
        out.family("hotline_jvm_memory_used_bytes", "gauge", "Memory in use, heap and non-heap.");
        out.sample("hotline_jvm_memory_used_bytes", heap.getUsed(), "area", "heap");
        out.sample("hotline_jvm_memory_used_bytes", nonHeap.getUsed(), "area", "nonheap");
        out.family("hotline_jvm_memory_max_bytes", "gauge", "The most heap the JVM may use (-Xmx).");
        out.sample("hotline_jvm_memory_max_bytes", heap.getMax(), "area", "heap");
        out.family("hotline_jvm_gc_collections_total", "counter", "Garbage collections, by collector.");
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            out.sample("hotline_jvm_gc_collections_total", Math.max(0, gc.getCollectionCount()), "gc", gc.getName());
        }
        out.family("hotline_jvm_gc_seconds_total", "counter", "Time spent collecting garbage, by collector.");
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            out.sample(
                    "hotline_jvm_gc_seconds_total", Math.max(0, gc.getCollectionTime()) / 1000.0, "gc", gc.getName());
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        out.family("hotline_jvm_threads", "gauge", "Live threads.");
        out.sample("hotline_jvm_threads", threads.getThreadCount());
        out.family("hotline_jvm_uptime_seconds", "gauge", "How long the JVM has run.");
        out.sample(
                "hotline_jvm_uptime_seconds",
                ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
    }
}
