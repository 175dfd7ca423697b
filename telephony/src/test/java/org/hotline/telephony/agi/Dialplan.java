package org.hotline.telephony.agi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small interpreter of an extensions.conf, for the few applications the sample dialplan uses, run as Asterisk 22
 * runs them: {@code Set}, {@code GotoIf}/{@code Goto} to a label or priority of the same extension, {@code NoOp},
 * {@code Answer}, {@code MixMonitor}, {@code AGI}, {@code Queue} and {@code Hangup}; {@code ${VAR}},
 * {@code ${VAR:offset}}, {@code $[a = b]}, {@code $[a != b]}, {@code ${IF(…)}} and {@code ${QUEUE_EXISTS(…)}}, and
 * extension patterns as Asterisk matches them (a lone {@code x} is a digit, {@code -} is ignored). Anything else in
 * the file fails the run, so the sample cannot grow a step the tests silently skip.
 *
 * <p>The AGI step is replaced by what the IVR left on a real call ({@link AgiOutcome}): its variables and
 * {@code AGISTATUS}. A {@code HANGUP} status ends the run there, as it ends the dialplan in Asterisk: the AGI
 * application returns -1 and no further priority runs (the hang-up transcript shows no {@code Newexten} after it).
 */
final class Dialplan {

    /** The application reached, with its arguments as Asterisk passed them (variables substituted). */
    record Step(String application, String arguments) {}

    /** What the IVR's FastAGI session left on the channel: the variables it set, in order, and {@code AGISTATUS}. */
    record AgiOutcome(Map<String, String> variables, String status) {

        /** An outcome written out: {@code name, value, name, value, …}. */
        static AgiOutcome of(String status, String... namesAndValues) {
            Map<String, String> variables = new LinkedHashMap<>();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                variables.put(namesAndValues[i], namesAndValues[i + 1]);
            }
            return new AgiOutcome(variables, status);
        }
    }

    /** How a run went: the applications reached, the channel's variables at the end, and why it stopped. */
    record Run(List<Step> steps, Map<String, String> variables, String ended) {

        /** The queues the caller waited in, in order. */
        List<String> queues() {
            return steps.stream()
                    .filter(step -> step.application().equals("Queue"))
                    .map(step -> step.arguments().split(",", -1)[0])
                    .toList();
        }
    }

    private record Priority(int number, String label, String application, String arguments) {}

    private record Extension(String name, List<Priority> priorities) {}

    private static final Pattern PRIORITY = Pattern.compile("(\\d+|n)(?:\\((\\w+)\\))?");
    private static final int MOST_STEPS = 200;

    private final Map<String, String> globals = new HashMap<>();
    private final Map<String, List<Extension>> contexts = new LinkedHashMap<>();
    private final Set<String> queues;

    private Dialplan(Set<String> queues) {
        this.queues = Set.copyOf(queues);
    }

    /** Reads an extensions.conf; {@code queues} are those {@code QUEUE_EXISTS} knows (queues.conf's). */
    static Dialplan parse(String extensionsConf, Set<String> queues) {
        Dialplan dialplan = new Dialplan(queues);
        String context = null;
        Extension extension = null;
        for (String raw : extensionsConf.split("\n")) {
            String line = withoutComment(raw).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("[")) {
                context = line.substring(1, line.indexOf(']'));
                dialplan.contexts.putIfAbsent(context, new ArrayList<>());
                extension = null;
            } else if ("globals".equals(context)) {
                String[] assignment = line.split("=", 2);
                dialplan.globals.put(assignment[0].strip(), assignment[1].strip());
            } else if (line.startsWith("exten")) {
                String rest = line.substring(line.indexOf("=>") + 2).strip();
                int comma = rest.indexOf(',');
                extension = new Extension(rest.substring(0, comma), new ArrayList<>());
                dialplan.contexts.get(context).add(extension);
                extension.priorities().add(priority(extension, rest.substring(comma + 1)));
            } else if (line.startsWith("same")) {
                if (extension == null) {
                    throw new IllegalArgumentException("'same' before any 'exten': " + line);
                }
                extension
                        .priorities()
                        .add(priority(
                                extension,
                                line.substring(line.indexOf("=>") + 2).strip()));
            } else {
                throw new IllegalArgumentException("not a dialplan line: " + line);
            }
        }
        return dialplan;
    }

    private static Priority priority(Extension extension, String text) {
        int comma = text.indexOf(',');
        Matcher priority = PRIORITY.matcher(text.substring(0, comma).strip());
        if (!priority.matches()) {
            throw new IllegalArgumentException("priority: " + text);
        }
        int number =
                "n".equals(priority.group(1)) ? extension.priorities().size() + 1 : Integer.parseInt(priority.group(1));
        String application = text.substring(comma + 1).strip();
        int open = application.indexOf('(');
        return open < 0
                ? new Priority(number, priority.group(2), application, "")
                : new Priority(
                        number,
                        priority.group(2),
                        application.substring(0, open),
                        application.substring(open + 1, application.lastIndexOf(')')));
    }

    /** A line less its comment: {@code ;} starts one unless escaped as {@code \;}. */
    private static String withoutComment(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ';' && (i == 0 || line.charAt(i - 1) != '\\')) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    /** Whether Asterisk would run {@code extension} for {@code dialled} (exactly, or by its pattern). */
    static boolean matches(String extension, String dialled) {
        String wanted = dialled.replace("-", "");
        if (!extension.startsWith("_")) {
            return extension.replace("-", "").equals(wanted);
        }
        String pattern = extension.substring(1).replace("-", "");
        int at = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '.' || c == '!') {
                return c == '!' || at < wanted.length();
            }
            if (at >= wanted.length()) {
                return false;
            }
            char d = wanted.charAt(at++);
            switch (Character.toUpperCase(c)) {
                case 'X' -> {
                    if (d < '0' || d > '9') {
                        return false;
                    }
                }
                case 'Z' -> {
                    if (d < '1' || d > '9') {
                        return false;
                    }
                }
                case 'N' -> {
                    if (d < '2' || d > '9') {
                        return false;
                    }
                }
                case '[' -> {
                    int close = pattern.indexOf(']', i);
                    if (!inSet(pattern.substring(i + 1, close), d)) {
                        return false;
                    }
                    i = close;
                }
                default -> {
                    if (c != d) {
                        return false;
                    }
                }
            }
        }
        return at == wanted.length();
    }

    private static boolean inSet(String set, char c) {
        for (int i = 0; i < set.length(); i++) {
            if (i + 2 < set.length() && set.charAt(i + 1) == '-') {
                if (c >= set.charAt(i) && c <= set.charAt(i + 2)) {
                    return true;
                }
                i += 2;
            } else if (set.charAt(i) == c) {
                return true;
            }
        }
        return false;
    }

    /** Runs a call dialled to {@code exten} in {@code context}, the IVR's AGI answered by {@code ivr}. */
    Run call(String context, String exten, AgiOutcome ivr) {
        return call(context, exten, ivr, Map.of());
    }

    /** The same, on a channel that already has {@code variables} (a transferred caller keeps theirs). */
    Run call(String context, String exten, AgiOutcome ivr, Map<String, String> variables) {
        return call(context, exten, url -> ivr, variables);
    }

    /**
     * The same, each AGI answered by whoever serves its URL ({@code agi://host:port/script}, as substituted): an
     * application node that cannot be reached answers {@code FAILURE} and sets nothing.
     */
    Run call(String context, String exten, Function<String, AgiOutcome> ivr, Map<String, String> variables) {
        return call(context, exten, ivr, variables, null);
    }

    /**
     * The same, each {@code Queue()} ending as {@code queueEnds} says, as app_queue ends it: {@code HANGUP}, the caller
     * hung up in the queue or while talking (the dialplan ends there); {@code CONTINUE}, the agent hung up first, which
     * goes on in the dialplan only with Queue's {@code c} option (without it Asterisk hangs the caller up too), with
     * {@code QUEUESTATUS} set; any other status ({@code TIMEOUT}, {@code FULL}, …) is set and the dialplan goes on.
     * Null: Queue has no effect on the route.
     */
    Run call(
            String context,
            String exten,
            Function<String, AgiOutcome> ivr,
            Map<String, String> variables,
            String queueEnds) {
        Extension extension = contexts.getOrDefault(context, List.of()).stream()
                .filter(candidate -> matches(candidate.name(), exten))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + exten + "@" + context));
        Map<String, String> channel = new LinkedHashMap<>(variables);
        channel.put("EXTEN", exten);
        channel.put("CONTEXT", context);
        channel.putIfAbsent("CALLERID(num)", "07700000000");
        List<Step> steps = new ArrayList<>();
        int index = 0;
        while (index < extension.priorities().size()) {
            if (steps.size() == MOST_STEPS) {
                throw new IllegalStateException("a loop: " + steps);
            }
            Priority priority = extension.priorities().get(index);
            String arguments = substitute(priority.arguments(), channel);
            steps.add(new Step(priority.application(), arguments));
            index++;
            switch (priority.application()) {
                case "NoOp", "Answer", "MixMonitor" -> {
                    // no effect on the route
                }
                case "Queue" -> {
                    if ("HANGUP".equals(queueEnds)) {
                        return new Run(steps, channel, "caller hung up in the queue");
                    }
                    String[] queueArguments = arguments.split(",", -1);
                    boolean goOn = queueArguments.length > 1 && queueArguments[1].contains("c");
                    if ("CONTINUE".equals(queueEnds) && !goOn) {
                        return new Run(steps, channel, "agent hung up: the caller is hung up too");
                    }
                    if (queueEnds != null) {
                        channel.put("QUEUESTATUS", queueEnds);
                    }
                }
                case "Set" -> {
                    String[] assignment = arguments.split("=", 2);
                    channel.put(assignment[0].replaceFirst("^_{1,2}", ""), assignment[1]);
                }
                case "GotoIf" -> {
                    int question = arguments.indexOf('?');
                    String[] labels = arguments.substring(question + 1).split(":", -1);
                    String target =
                            isTrue(arguments.substring(0, question)) ? labels[0] : labels.length > 1 ? labels[1] : "";
                    if (!target.isEmpty()) {
                        index = indexOf(extension, target);
                    }
                }
                case "Goto" -> index = indexOf(extension, arguments);
                case "AGI" -> {
                    AgiOutcome outcome = ivr.apply(arguments);
                    channel.putAll(outcome.variables());
                    channel.put("AGISTATUS", outcome.status());
                    if ("HANGUP".equals(outcome.status())) {
                        return new Run(steps, channel, "caller hung up in the AGI");
                    }
                }
                case "Hangup" -> {
                    return new Run(steps, channel, "Hangup");
                }
                default -> throw new IllegalArgumentException("the interpreter does not know " + priority);
            }
        }
        return new Run(steps, channel, "no more priorities");
    }

    private static int indexOf(Extension extension, String target) {
        if (target.contains(",")) {
            throw new IllegalArgumentException("a jump out of the extension: " + target);
        }
        List<Priority> priorities = extension.priorities();
        for (int i = 0; i < priorities.size(); i++) {
            Priority priority = priorities.get(i);
            if (target.equals(priority.label()) || target.equals(String.valueOf(priority.number()))) {
                return i;
            }
        }
        throw new IllegalArgumentException("no priority " + target + " in " + extension.name());
    }

    /** Asterisk's truth: empty and 0 are false, anything else is true. */
    private static boolean isTrue(String condition) {
        String value = condition.strip();
        return !value.isEmpty() && !value.matches("0+(\\.0*)?");
    }

    /** Replaces each {@code ${…}} and {@code $[…]}, innermost first, as Asterisk does before it runs an application. */
    private String substitute(String text, Map<String, String> channel) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '$'
                    && i + 1 < text.length()
                    && (text.charAt(i + 1) == '{' || text.charAt(i + 1) == '[')) {
                char open = text.charAt(i + 1);
                int close = closing(text, i + 1, open, open == '{' ? '}' : ']');
                String inner = substitute(text.substring(i + 2, close), channel);
                out.append(open == '{' ? value(inner, channel) : expression(inner));
                i = close + 1;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    private static int closing(String text, int from, char open, char close) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == open) {
                depth++;
            } else if (text.charAt(i) == close && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unclosed " + open + " in " + text);
    }

    /** {@code NAME}, {@code NAME:offset} or {@code FUNCTION(arguments)}; unset is empty, as in Asterisk. */
    private String value(String reference, Map<String, String> channel) {
        int open = reference.indexOf('(');
        if (open > 0 && reference.endsWith(")") && !channel.containsKey(reference)) {
            String arguments = reference.substring(open + 1, reference.length() - 1);
            return switch (reference.substring(0, open)) {
                case "IF" -> {
                    int question = arguments.indexOf('?');
                    String[] choices = arguments.substring(question + 1).split(":", 2);
                    yield isTrue(arguments.substring(0, question)) ? choices[0] : choices.length > 1 ? choices[1] : "";
                }
                case "QUEUE_EXISTS" -> queues.contains(arguments) ? "1" : "0";
                default -> ""; // STRFTIME and the like: nothing a route depends on
            };
        }
        String[] parts = reference.split(":", 2);
        String value = channel.getOrDefault(parts[0], globals.getOrDefault(parts[0], ""));
        return parts.length == 1 ? value : value.substring(Math.min(value.length(), Integer.parseInt(parts[1])));
    }

    /** {@code a = b}, {@code a != b} or a lone value, with quotes around words as the dialplan writes them. */
    private static String expression(String text) {
        Matcher comparison = Pattern.compile("\\s*(\"[^\"]*\"|\\S*)\\s*(!?=)\\s*(\"[^\"]*\"|\\S*)\\s*")
                .matcher(text);
        if (comparison.matches()) {
            boolean equal = unquoted(comparison.group(1)).equals(unquoted(comparison.group(3)));
            return equal == "=".equals(comparison.group(2)) ? "1" : "0";
        }
        if (text.strip().matches("\"[^\"]*\"|[^\\s\"=!]*")) {
            return unquoted(text.strip());
        }
        throw new IllegalArgumentException("the interpreter does not know the expression $[" + text + "]");
    }

    private static String unquoted(String operand) {
        return operand.length() >= 2 && operand.startsWith("\"") && operand.endsWith("\"")
                ? operand.substring(1, operand.length() - 1)
                : operand;
    }

    /** The queues a queues.conf defines: its sections, less {@code general} and templates ({@code (!)}). */
    static Set<String> queuesOf(String queuesConf) {
        Set<String> names = new java.util.TreeSet<>();
        for (String raw : queuesConf.split("\n")) {
            String line = withoutComment(raw).strip();
            if (line.startsWith("[") && !line.contains("(!)")) {
                String name = line.substring(1, line.indexOf(']'));
                if (!"general".equals(name.toLowerCase(Locale.ROOT))) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    Optional<String> global(String name) {
        return Optional.ofNullable(globals.get(name));
    }
}
