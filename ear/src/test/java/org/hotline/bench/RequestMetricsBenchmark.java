package org.hotline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.hotline.metrics.Metrics;

/**
 * What counting a request costs the request: {@code Metrics.request} (a status-class counter increment and a
 * duration histogram observation, what the request filter adds besides one clock reading) called by THREADS threads
 * at once, over a mix of 12 kinds, areas and statuses, ROUNDS times; prints for each round the processors' time a
 * request took (the round's wall time times the cores, over its requests: an upper bound on a machine shared with
 * other work).
 * Run by scripts/bench-metrics.sh.
 *
 * <pre>java org.hotline.bench.RequestMetricsBenchmark THREADS PER_THREAD ROUNDS</pre>
 */
public final class RequestMetricsBenchmark {

    private static final String[][] REQUESTS = {
        {"api", "tickets"},
        {"api", "complaints"},
        {"page", "desk"},
        {"page", "agent"},
        {"static", "resources"},
        {"page", "root"}
    };

    private RequestMetricsBenchmark() {}

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        int perThread = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        Metrics metrics = new Metrics();
        for (int round = 0; round <= rounds; round++) {
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int seed = t;
                Thread worker = new Thread(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException stop) {
                        return;
                    }
                    for (int i = 0; i < perThread; i++) {
                        String[] request = REQUESTS[(i + seed) % REQUESTS.length];
                        long began = System.nanoTime();
                        metrics.request(
                                request[0], request[1], i % 17 == 0 ? 404 : 200, (System.nanoTime() - began) / 1e9);
                    }
                });
                worker.start();
                workers.add(worker);
            }
            long began = System.nanoTime();
            start.countDown();
            for (Thread worker : workers) {
                worker.join();
            }
            // the processors' time a request took: the wall time of the round over all cores, shared by its requests
            int cores = Math.min(threads, Runtime.getRuntime().availableProcessors());
            double nanosPerRequest = (System.nanoTime() - began) * (double) cores / ((long) threads * perThread);
            System.out.printf(
                    "%s threads %d, requests %d: %.1f ns of processor time per request%n",
                    round == 0 ? "warm-up" : "round " + round, threads, (long) threads * perThread, nanosPerRequest);
        }
    }
}
