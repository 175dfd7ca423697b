package org.hotline.it;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.asteriskjava.fastagi.DefaultAgiServer;
import org.hotline.it.SimulatedAsteriskAgi.Transcript;

/**
 * The IVR benchmark, run by scripts/bench-ivr.sh against a provisioned server (not by the test suite). 200
 * simulated Asterisk channels call at once, each several times in a row, through the full entry script (hours,
 * language 3, topic 1, queued); beside them, in the same run, the same 200 callers against a trivial FastAGI script
 * (answer, hang up) served by Asterisk-Java alone in this JVM. Reported: sessions per second, the time from the
 * request to the first command (p50, p99), the time of each menu step (from one HOTLINE_STEP to the next), and the
 * calls that got no answer (a run fails if one did). The server's listener (GuardedAgiServer) must let all 200 in:
 * a run also fails if a call was turned away to the default queue by the call limit ({@code HOTLINE_STEP=overload}),
 * since it would then not measure the entry script.
 *
 * <p>Arguments: runs, the application's FastAGI port, a free port for the trivial server.
 */
public final class IvrBenchmark {

    private static final int CALLERS = 200;
    private static final int CALLS_EACH = 5;

    private IvrBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        int applicationPort = Integer.parseInt(args[1]);
        int trivialPort = Integer.parseInt(args[2]);
        DefaultAgiServer trivial = new DefaultAgiServer((request, channel) -> {
            channel.answer();
            channel.hangup();
        });
        trivial.setPort(trivialPort);
        trivial.setPoolSize(CALLERS);
        trivial.setMaximumPoolSize(CALLERS + 20);
        Thread serving = new Thread(() -> {
            try {
                trivial.startup();
            } catch (Exception stopped) {
                // shut down at the end
            }
        });
        serving.setDaemon(true);
        serving.start();
        Thread.sleep(1000);
        for (int run = 0; run <= runs; run++) {
            Result baseline = calls(trivialPort, false, run);
            Result full = calls(applicationPort, true, run);
            if (run == 0) {
                System.out.println("warm-up run: not counted");
                continue;
            }
            System.out.printf(Locale.ROOT, "== run %d: %d callers at once, %d calls each%n", run, CALLERS, CALLS_EACH);
            System.out.printf(Locale.ROOT, "trivial  %s%n", baseline);
            System.out.printf(Locale.ROOT, "entry    %s%n", full);
            System.out.printf(
                    Locale.ROOT, "ratio    entry/trivial sessions = %.3f%n", full.perSecond() / baseline.perSecond());
            full.steps()
                    .forEach((step, times) -> System.out.printf(
                            Locale.ROOT,
                            "step     %-12s p50 %.2f ms, p99 %.2f ms%n",
                            step,
                            percentile(times, 0.50),
                            percentile(times, 0.99)));
        }
        trivial.shutdown();
        System.exit(0);
    }

    /** One run's figures. */
    private record Result(
            int calls, int unanswered, double seconds, List<Double> firstCommand, Map<String, List<Double>> steps) {

        double perSecond() {
            return calls / seconds;
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%d sessions in %.1f s = %.1f sessions/s, first command p50 %.2f ms,"
                            + " p99 %.2f ms, unanswered %d",
                    calls,
                    seconds,
                    perSecond(),
                    percentile(firstCommand, 0.50),
                    percentile(firstCommand, 0.99),
                    unanswered);
        }
    }

    private static Result calls(int port, boolean entryScript, int run) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        AtomicInteger unanswered = new AtomicInteger();
        AtomicInteger overloaded = new AtomicInteger();
        List<Future<List<Transcript>>> futures = new ArrayList<>();
        long begin = System.nanoTime();
        for (int caller = 0; caller < CALLERS; caller++) {
            int number = caller;
            futures.add(callers.submit(() -> {
                List<Transcript> transcripts = new ArrayList<>();
                for (int call = 0; call < CALLS_EACH; call++) {
                    String linkedid = (1796000000 + run * 10_000 + number * 10 + call) + ".1";
                    Transcript transcript = new SimulatedAsteriskAgi(
                                    String.format(Locale.ROOT, "0780%07d", number), linkedid)
                            .keys("3", "1")
                            .call(port);
                    boolean answered = entryScript
                            ? transcript.last("HOTLINE_QUEUE") != null
                            : transcript.commands.stream().anyMatch(command -> command.startsWith("ANSWER"));
                    if (!answered) {
                        unanswered.incrementAndGet();
                    }
                    if (entryScript && transcript.all("HOTLINE_STEP").contains("overload")) {
                        overloaded.incrementAndGet();
                    }
                    transcripts.add(transcript);
                }
                return transcripts;
            }));
        }
        List<Transcript> all = new ArrayList<>();
        for (Future<List<Transcript>> future : futures) {
            all.addAll(future.get());
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        callers.shutdown();
        if (unanswered.get() > 0) {
            throw new IllegalStateException(unanswered.get() + " calls got no answer");
        }
        if (overloaded.get() > 0) {
            throw new IllegalStateException(overloaded.get() + " calls were sent to the default queue by the call"
                    + " limit (HOTLINE_AGI_MAX_CALLS), not through the entry script");
        }
        List<Double> first = new ArrayList<>();
        Map<String, List<Double>> steps = new LinkedHashMap<>();
        for (Transcript transcript : all) {
            first.add(transcript.firstCommandNanos / 1e6);
            String step = null;
            long since = 0;
            for (int i = 0; i < transcript.commands.size(); i++) {
                List<String> words = SimulatedAsteriskAgi.words(transcript.commands.get(i));
                if (words.size() == 4 && "HOTLINE_STEP".equals(words.get(2))) {
                    if (step != null) {
                        steps.computeIfAbsent(step, name -> new ArrayList<>())
                                .add((transcript.commandNanos.get(i) - since) / 1e6);
                    }
                    step = words.get(3);
                    since = transcript.commandNanos.get(i);
                }
            }
        }
        first.sort(null);
        steps.values().forEach(Collections::sort);
        return new Result(all.size(), unanswered.get(), seconds, first, steps);
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
