package org.hotline.telephony.agi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.reply.AgiReply;
import org.jboss.logging.Logger;

/**
 * The IVR's own prompts (Asterisk has none in Arabic or Kurdish), named in {@code ivr/prompts.tsv} with the words to
 * record, and played as {@code hotline/<language>/<name>}.
 *
 * <p>A file that is not on the PBX is never streamed. Asterisk answers {@code STREAM FILE} of a missing file with
 * {@code 200 result=-1 endpos=0} and then ends the whole AGI session (res_agi's command fails, it closes the socket and
 * sets {@code AGISTATUS=FAILURE}): the caller would lose the IVR, not one prompt. So each file is asked about first
 * ({@code STAT(e,…)} of the file under Asterisk's sounds folder), and the answer is believed for a while
 * ({@code HOTLINE_AGI_PROMPT_CHECK_SECONDS}), so calls do not ask again; a missing file is logged once, not per call,
 * and the same prompt in another language is played instead (the caller's, then Arabic, English, Kurdish), or a
 * digit by Asterisk's own {@code SAY DIGITS}. Only files of the manifest are asked about, so what is kept stays as
 * small as the manifest. One instance serves every call at once: the answers are in concurrent collections.
 */
public final class Prompts {

    private static final Logger LOG = Logger.getLogger(Prompts.class);
    static final String MANIFEST = "/ivr/prompts.tsv";
    private static final String DIGIT = "digit-";

    /** Every prompt of the manifest: name and language. */
    public record Prompt(String name, String language, String words) {}

    /** What the PBX said about one file, and until when the IVR believes it. */
    private record Answer(boolean present, Instant until) {}

    /**
     * Asterisk ended the AGI session on a prompt the IVR believed was there: the file was removed since it was asked
     * about (or the caller hung up before a sound of it). Nothing more can be said on this call; the dialplan takes it
     * from there ({@code AGISTATUS=FAILURE}: the queue).
     */
    static final class PromptFileMissing extends AgiException {

        private static final long serialVersionUID = 1L;

        PromptFileMissing(String file) {
            super("Asterisk could not open " + file + " and ended the IVR's session");
        }
    }

    private final List<Prompt> manifest;
    /** The files the manifest names ({@code hotline/ar/welcome}): the only ones ever asked about. */
    private final Set<String> files;

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Set<String> reportedMissing = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean reportedUnanswered = new AtomicBoolean();
    private final Clock clock;
    private final Duration believedFor;

    Prompts(Clock clock, Duration believedFor) {
        this.manifest = load();
        this.files = manifest.stream()
                .map(prompt -> file(prompt.language(), prompt.name()))
                .collect(Collectors.toUnmodifiableSet());
        this.clock = clock;
        this.believedFor = believedFor;
    }

    public List<Prompt> manifest() {
        return manifest;
    }

    private static List<Prompt> load() {
        List<Prompt> prompts = new ArrayList<>();
        try (var in = Prompts.class.getResourceAsStream(MANIFEST);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("name\t")) {
                    continue;
                }
                String[] columns = line.split("\t", 3);
                prompts.add(new Prompt(columns[0], columns[1], columns[2]));
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return List.copyOf(prompts);
    }

    /**
     * Plays a prompt and returns the key the caller pressed during it (one of {@code keys}), or 0. A prompt that is
     * not on the PBX in the caller's language is played in another; a digit with no recording at all is said by
     * Asterisk; any other prompt with none is left out, and the call goes on without it.
     *
     * @throws AgiHangupException when the caller hung up during it
     */
    char play(AgiChannel channel, String language, String name, String keys) throws AgiException {
        for (String tried : fallbacks(language)) {
            String file = file(tried, name);
            if (isOnThePbx(channel, file)) {
                return stream(channel, file, keys);
            }
        }
        if (name.startsWith(DIGIT)) {
            return channel.sayDigits(name.substring(DIGIT.length()), keys);
        }
        return 0;
    }

    /**
     * Plays a prompt in this language only, or nothing when it is not on the PBX: the language menu offers each
     * language in its own words, and another language's "for Arabic press 1" would offer the wrong one.
     */
    char playIn(AgiChannel channel, String language, String name, String keys) throws AgiException {
        String file = file(language, name);
        return isOnThePbx(channel, file) ? stream(channel, file, keys) : 0;
    }

    /**
     * Plays the spoken copy of an agent's reply ({@code hotline/replies/…}, made by the application when the reply was
     * saved) and returns the key pressed during it, or says it is not there ({@code -1}). Asked about on every call and
     * never remembered: replies are added all day, and the file may not be spoken yet. Only a PBX that says it has the
     * file is asked to play it (one that will not say gets the written reply's prompt instead), since streaming a
     * missing file would end the caller's IVR.
     */
    int playReply(AgiChannel channel, String file, String keys) throws AgiException {
        if (!"1".equals(channel.getFullVariable("${STAT(e,${ASTDATADIR}/sounds/" + file + ".wav)}"))) {
            return -1;
        }
        return stream(channel, file, keys);
    }

    /** Says digits one by one, in the caller's language. */
    void sayDigits(AgiChannel channel, String language, String digits) throws AgiException {
        for (char digit : digits.toCharArray()) {
            play(channel, language, DIGIT + digit, "");
        }
    }

    private static String file(String language, String name) {
        return "hotline/" + language + "/" + name;
    }

    /** Whether the PBX has the file, as it last said within {@code believedFor}, or as it says now. */
    private boolean isOnThePbx(AgiChannel channel, String file) throws AgiException {
        if (!files.contains(file)) {
            return false; // not in the manifest, so never recorded (PromptsTest keeps every prompt played in it)
        }
        Answer answer = answers.get(file);
        if (answer == null || !clock.instant().isBefore(answer.until())) {
            answer = remember(file, ask(channel, file));
        }
        return answer.present();
    }

    /**
     * Asks Asterisk whether the file is in its sounds folder ({@code ${ASTDATADIR}/sounds}, where it looks for
     * {@code hotline/…}): {@code 1} or {@code 0}. Any other answer (a PBX that will not say) counts as present, as
     * before the check existed: the prompts are then played unchecked, and that is logged once.
     */
    private boolean ask(AgiChannel channel, String file) throws AgiException {
        String exists = channel.getFullVariable("${STAT(e,${ASTDATADIR}/sounds/" + file + ".wav)}");
        if ("0".equals(exists)) {
            return false;
        }
        if (!"1".equals(exists) && reportedUnanswered.compareAndSet(false, true)) {
            LOG.warnf(
                    "The PBX does not say whether prompt files exist (STAT answered '%s' for %s): prompts are played"
                            + " unchecked, and a missing one ends a call's IVR (the dialplan then queues the call)",
                    exists, file);
        }
        return true;
    }

    private Answer remember(String file, boolean present) {
        if (!present && reportedMissing.add(file)) {
            LOG.warnf(
                    "Prompt %s.wav is not in the PBX's sounds folder: until it is installed, callers hear it in"
                            + " another language, a digit in Asterisk's own voice (docs/IVR.md)",
                    file);
        } else if (present && reportedMissing.remove(file)) {
            LOG.infof("Prompt %s.wav is in the PBX's sounds folder again", file);
        }
        Answer answer = new Answer(present, clock.instant().plus(believedFor));
        answers.put(file, answer);
        return answer;
    }

    /**
     * Streams a file the PBX has. Asterisk answers {@code result=-1 endpos=0} when it cannot open it after all: it has
     * then ended the session, and the next call asks about the file again (it may also have been a caller who hung up
     * at once, so nothing is concluded here). -1 after some of it played means the caller hung up.
     */
    private char stream(AgiChannel channel, String file, String keys) throws AgiException {
        char pressed = channel.streamFile(file, keys);
        AgiReply reply = channel.getLastReply();
        if (reply != null && reply.getResultCode() == -1) {
            String endpos = reply.getAttribute("endpos");
            if (endpos != null && !"0".equals(endpos.strip())) {
                throw new AgiHangupException();
            }
            answers.remove(file);
            throw new PromptFileMissing(file);
        }
        return pressed == 0xFFFF ? 0 : pressed;
    }

    private static Set<String> fallbacks(String language) {
        Set<String> order = new LinkedHashSet<>();
        order.add(language);
        order.add("ar");
        order.add("en");
        order.add("ku");
        return order;
    }
}
