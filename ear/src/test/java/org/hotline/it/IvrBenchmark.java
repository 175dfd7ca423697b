package org.hotline.it;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.asteriskjava.fastagi.AgiScript;
import org.asteriskjava.fastagi.DefaultAgiServer;
import org.asteriskjava.fastagi.command.AbstractAgiCommand;
import org.hotline.it.SimulatedAsteriskAgi.Transcript;

/**
 * The IVR benchmark, run by scripts/bench-ivr.sh against a provisioned server (not by the test suite). 200
 * simulated Asterisk channels call at once, each several times in a row, through the full entry script (hours,
 * language 3, topic 1, queued); beside them, in the same run, the same 200 callers against two scripts served by
 * Asterisk-Java alone in this JVM: a trivial one (answer, hang up), and one that sends the very commands of an entry
 * call (recorded in the warm-up run: about 30) and nothing else, which is what the FastAGI round trips alone cost.
 * Reported: sessions per second, the time from the request to the first command (p50, p99), the time of each menu
 * step (from one HOTLINE_STEP to the next), and the calls that got no answer (a run fails if one did). The server's
 * listener (GuardedAgiServer) must let all 200 in: a run also fails if a call was turned away to the default queue by
 * the call limit ({@code HOTLINE_STEP=overload}), since it would then not measure the entry script.
 *
 * <p>Arguments: runs, the application's FastAGI port, a free port for the trivial server (the next port serves the
 * replayed commands).
 */
public final class IvrBenchmark {

    private static final int CALLERS = 200;
    private static final int CALLS_EACH = 5;

    private IvrBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        int applicationPort = Integer.parseInt(args[1]);
        int trivialPort = Integer.parseInt(args[2]);
        DefaultAgiServer trivial = serve(trivialPort, (request, channel) -> {
            channel.answer();
            channel.hangup();
        });
        List<String> entryCommands = new CopyOnWriteArrayList<>();
        DefaultAgiServer replay = serve(trivialPort + 1, (request, channel) -> {
            for (String command : entryCommands) {
                channel.sendCommand(new RawCommand(command));
            }
        });
        Thread.sleep(1000);
        for (int run = 0; run <= runs; run++) {
            Result baseline = calls(trivialPort, Answered.TRIVIAL, run);
            Result sameCommands = run == 0 ? null : calls(trivialPort + 1, Answered.QUEUED, run);
            Result full = calls(applicationPort, Answered.ENTRY, run);
            if (run == 0) {
                entryCommands.addAll(full.commandsOfOneCall());
                calls(trivialPort + 1, Answered.QUEUED, run);
                System.out.printf(
                        Locale.ROOT,
                        "warm-up run: not counted; an entry call sends %d commands%n",
                        entryCommands.size());
                continue;
            }
            System.out.printf(Locale.ROOT, "== run %d: %d callers at once, %d calls each%n", run, CALLERS, CALLS_EACH);
            System.out.printf(Locale.ROOT, "trivial  %s%n", baseline);
            System.out.printf(Locale.ROOT, "replay   %s%n", sameCommands);
            System.out.printf(Locale.ROOT, "entry    %s%n", full);
            System.out.printf(
                    Locale.ROOT, "ratio    entry/trivial sessions = %.3f%n", full.perSecond() / baseline.perSecond());
            System.out.printf(
                    Locale.ROOT,
                    "ratio    entry/replay sessions = %.3f%n",
                    full.perSecond() / sameCommands.perSecond());
            full.steps()
                    .forEach((step, times) -> System.out.printf(
                            Locale.ROOT,
                            "step     %-12s p50 %.2f ms, p99 %.2f ms%n",
                            step,
                            percentile(times, 0.50),
                            percentile(times, 0.99)));
        }
        trivial.shutdown();
        replay.shutdown();
        System.exit(0);
    }

    /** Asterisk-Java's own FastAGI server for one script, with a thread for every caller. */
    private static DefaultAgiServer serve(int port, AgiScript script) {
        DefaultAgiServer server = new DefaultAgiServer(script);
        server.setPort(port);
        server.setPoolSize(CALLERS);
        server.setMaximumPoolSize(CALLERS + 20);
        Thread serving = new Thread(() -> {
            try {
                server.startup();
            } catch (Exception stopped) {
                // shut down at the end
            }
        });
        serving.setDaemon(true);
        serving.start();
        return server;
    }

    /** A command sent as the entry script sent it, word for word. */
    private static final class RawCommand extends AbstractAgiCommand {
        private static final long serialVersionUID = 1L;
        private final String command;

        RawCommand(String command) {
            this.command = command;
        }

        @Override
        public String buildCommand() {
            return command;
        }
    }

    /** How a call counts as answered: the trivial script answered it; the IVR, or its replay, left a queue. */
    private enum Answered {
        TRIVIAL,
        QUEUED,
        ENTRY;

        boolean by(Transcript transcript) {
            return this == TRIVIAL
                    ? transcript.commands.stream().anyMatch(command -> command.startsWith("ANSWER"))
                    : transcript.last("HOTLINE_QUEUE") != null;
        }
    }

    /** One run's figures. */
    private record Result(
            int calls,
            int unanswered,
            double seconds,
            List<Double> firstCommand,
            Map<String, List<Double>> steps,
            List<List<String>> commands) {

        double perSecond() {
            return calls / seconds;
        }

        /**
         * The commands of one call that asked nothing about prompt files: the IVR believes what it was told about them
         * for five minutes, so after the first calls none asks.
         */
        List<String> commandsOfOneCall() {
            return commands.stream()
                    .filter(call -> call.stream().noneMatch(command -> command.startsWith("GET FULL VARIABLE")))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("every entry call asked about prompt files"));
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

    private static Result calls(int port, Answered answered, int run) throws Exception {
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
                    if (!answered.by(transcript)) {
                        unanswered.incrementAndGet();
                    }
                    if (answered == Answered.ENTRY
                            && transcript.all("HOTLINE_STEP").contains("overload")) {
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
        return new Result(
                all.size(),
                unanswered.get(),
                seconds,
                first,
                steps,
                all.stream().map(transcript -> transcript.commands).toList());
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
