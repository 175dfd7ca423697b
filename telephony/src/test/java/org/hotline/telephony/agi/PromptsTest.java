package org.hotline.telephony.agi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.reply.AgiReply;
import org.hotline.ivr.IvrTopic;
import org.hotline.ticket.TicketStatus;
import org.junit.jupiter.api.Test;

/**
 * The manifest, and how prompts are played against a PBX that lacks some files. Asterisk ends the whole AGI session
 * when asked to stream a file it does not have, so the fake channel here fails the test on any such stream.
 */
class PromptsTest {

    static {
        // The log is read through java.util.logging below; jboss-logging picks it when asked, before its first use.
        System.setProperty("org.jboss.logging.provider", "jdk");
    }

    private static final Duration BELIEVED_FOR = Duration.ofMinutes(5);
    private final MovableClock clock = new MovableClock();
    private final Prompts prompts = new Prompts(clock, BELIEVED_FOR);

    /** Every prompt the entry script and the survey script play. */
    private static List<String> used() {
        List<String> names = new ArrayList<>(List.of(
                "welcome",
                "closed",
                "callback-confirmed",
                "callback-impossible",
                "goodbye",
                "language-choice",
                "press",
                "change-language",
                "invalid",
                "to-agent",
                "enter-ticket",
                "ticket-invalid",
                "ticket-not-found",
                "ticket-number",
                "enter-pin",
                "pin-wrong",
                "pin-wait",
                "status-more",
                "reply-waiting",
                "reply-to-read",
                "notice-waiting",
                "question-waiting",
                "survey-rate",
                "survey-solved",
                "survey-thanks"));
        for (IvrTopic topic : IvrTopic.values()) {
            names.add("topic-" + topic);
        }
        for (TicketStatus status : TicketStatus.values()) {
            names.add("status-" + status);
        }
        for (int digit = 0; digit <= 9; digit++) {
            names.add("digit-" + digit);
        }
        return names;
    }

    @Test
    void everyPromptTheScriptPlaysIsInTheManifestInArabicKurdishAndEnglish() {
        Set<String> present = new HashSet<>();
        prompts.manifest().forEach(prompt -> present.add(prompt.name() + "/" + prompt.language()));
        for (String name : used()) {
            for (String language : List.of("ar", "ku", "en")) {
                assertTrue(present.contains(name + "/" + language), name + " in " + language);
            }
        }
    }

    @Test
    void theManifestHasEachPromptOnceWithWordsToRecord() {
        Set<String> seen = new HashSet<>();
        prompts.manifest().forEach(prompt -> {
            assertTrue(seen.add(prompt.name() + "/" + prompt.language()), "twice: " + prompt);
            assertFalse(prompt.words().isBlank(), prompt.name());
            assertTrue(prompt.name().matches("[a-z0-9-]+|topic-[A-Z_]+|status-[A-Z_]+"), prompt.name());
        });
        assertEquals(used().size() * 3, prompts.manifest().size(), "no prompt the script does not play");
    }

    @Test
    void aRepliesSpokenCopyIsStreamedOnlyWhenThePbxSaysItHasItAndIsAskedAboutOnEveryCall() throws Exception {
        String reply = "hotline/replies/1000018-7";
        Pbx without = new Pbx().without(reply);
        assertEquals(-1, prompts.playReply(without.channel(), reply, "0"), "not spoken yet");
        assertEquals(List.of(), without.streamed);

        Pbx with = new Pbx();
        assertEquals(0, prompts.playReply(with.channel(), reply, "0"));
        assertEquals(List.of(reply), with.streamed, "asked again, not believed from the call before");

        Pbx silent = new Pbx().answeringStatWith("");
        assertEquals(-1, prompts.playReply(silent.channel(), reply, "0"), "a PBX that will not say is not risked");
        assertEquals(List.of(), silent.streamed);
    }

    @Test
    void aMissingFileIsNeverStreamedTheCallerHearsThePromptInTheNextLanguage() throws Exception {
        Pbx pbx = new Pbx().without("hotline/ku/welcome");
        prompts.play(pbx.channel(), "ku", "welcome", "");
        assertEquals(List.of("hotline/ar/welcome"), pbx.streamed);

        Pbx arabicToo = new Pbx().without("hotline/ku/welcome", "hotline/ar/welcome");
        new Prompts(clock, BELIEVED_FOR).play(arabicToo.channel(), "ku", "welcome", "");
        assertEquals(List.of("hotline/en/welcome"), arabicToo.streamed, "then English");
    }

    @Test
    void aDigitWithNoRecordingInAnyLanguageIsSaidByAsterisk() throws Exception {
        Pbx pbx = new Pbx().without("hotline/ar/digit-7", "hotline/en/digit-7", "hotline/ku/digit-7");
        prompts.sayDigits(pbx.channel(), "ar", "170");
        assertEquals(List.of("hotline/ar/digit-1", "hotline/ar/digit-0"), pbx.streamed);
        assertEquals(List.of("7"), pbx.saidByAsterisk);
    }

    @Test
    void anotherPromptWithNoRecordingIsLeftOutAndTheLanguageMenuNeverOffersALanguageInAnother() throws Exception {
        Pbx pbx = new Pbx()
                .without(
                        "hotline/ar/invalid", "hotline/en/invalid", "hotline/ku/invalid", "hotline/ku/language-choice");
        assertEquals(0, prompts.play(pbx.channel(), "ar", "invalid", ""));
        assertEquals(0, prompts.playIn(pbx.channel(), "ku", "language-choice", "123"));
        assertEquals(List.of(), pbx.streamed, "nothing streamed: not Arabic's 'for Arabic press 1' for Kurdish");
    }

    @Test
    void eachFileIsAskedAboutOnceWhileTheAnswerIsBelievedAndAgainAfter() throws Exception {
        Pbx pbx = new Pbx().without("hotline/ku/welcome");
        for (int call = 0; call < 3; call++) {
            prompts.play(pbx.channel(), "ku", "welcome", "");
        }
        assertEquals(List.of("hotline/ku/welcome", "hotline/ar/welcome"), pbx.asked, "once per file for three calls");

        clock.advance(BELIEVED_FOR);
        pbx.install("hotline/ku/welcome");
        prompts.play(pbx.channel(), "ku", "welcome", "");
        assertEquals("hotline/ku/welcome", pbx.streamed.get(pbx.streamed.size() - 1), "installed since: heard");
        assertEquals(3, pbx.asked.size());
    }

    @Test
    void aMissingFileIsLoggedOnceNotOnEveryCall() throws Exception {
        List<LogRecord> logged = new ArrayList<>();
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(Prompts.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord entry) {
                logged.add(entry);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        log.addHandler(handler);
        try {
            Pbx pbx = new Pbx().without("hotline/en/goodbye");
            for (int call = 0; call < 3; call++) {
                prompts.play(pbx.channel(), "en", "goodbye", "");
                clock.advance(BELIEVED_FOR); // asked again on every call
            }
            assertEquals(
                    3, pbx.asked.stream().filter("hotline/en/goodbye"::equals).count());
            List<LogRecord> warnings = logged.stream()
                    .filter(entry -> entry.getLevel().intValue() == Level.WARNING.intValue())
                    .toList();
            assertEquals(1, warnings.size(), logged.toString());
            assertTrue(
                    warnings.get(0).getMessage().contains("hotline/en/goodbye"),
                    warnings.get(0).getMessage());
        } finally {
            log.removeHandler(handler);
        }
    }

    @Test
    void aFileRemovedAfterItWasAskedAboutEndsThatCallsSessionAndIsAskedAboutAgain() throws Exception {
        Pbx pbx = new Pbx();
        prompts.play(pbx.channel(), "ar", "welcome", "");
        pbx.remove("hotline/ar/welcome");
        assertThrows(
                Prompts.PromptFileMissing.class,
                () -> prompts.play(pbx.channel(), "ar", "welcome", ""),
                "Asterisk has closed the session: nothing more is sent on it");

        Pbx next = new Pbx().without("hotline/ar/welcome");
        prompts.play(next.channel(), "ar", "welcome", "");
        assertEquals(List.of("hotline/en/welcome"), next.streamed, "the next call asks again and hears English");
    }

    @Test
    void aPbxThatWillNotSayHasItsPromptsPlayedUncheckedAndAHangUpDuringOneIsAHangUp() throws Exception {
        Pbx silent = new Pbx().answeringStatWith("");
        prompts.play(silent.channel(), "ar", "welcome", "");
        assertEquals(List.of("hotline/ar/welcome"), silent.streamed);

        Pbx hangsUp = new Pbx().hangingUpDuring("hotline/ar/goodbye");
        assertThrows(AgiHangupException.class, () -> prompts.play(hangsUp.channel(), "ar", "goodbye", ""));
    }

    /** A PBX's sounds folder and a channel that answers as res_agi does; streaming a file it lacks fails the test. */
    private static final class Pbx {
        private static final String STAT = "${STAT(e,${ASTDATADIR}/sounds/";
        final Set<String> missing = new HashSet<>();
        final Set<String> removedSinceAsked = new HashSet<>();
        final List<String> asked = new ArrayList<>();
        final List<String> streamed = new ArrayList<>();
        final List<String> saidByAsterisk = new ArrayList<>();
        private String hangUpDuring;
        private String statAnswer;
        private AgiReply lastReply;

        Pbx without(String... files) {
            missing.addAll(List.of(files));
            return this;
        }

        void install(String file) {
            missing.remove(file);
        }

        void remove(String file) {
            removedSinceAsked.add(file);
        }

        Pbx answeringStatWith(String answer) {
            statAnswer = answer;
            return this;
        }

        Pbx hangingUpDuring(String file) {
            hangUpDuring = file;
            return this;
        }

        AgiChannel channel() {
            return (AgiChannel) Proxy.newProxyInstance(
                    getClass().getClassLoader(),
                    new Class<?>[] {AgiChannel.class},
                    (proxy, method, arguments) -> switch (method.getName()) {
                        case "getFullVariable" -> stat((String) arguments[0]);
                        case "streamFile" -> stream((String) arguments[0]);
                        case "sayDigits" -> {
                            saidByAsterisk.add((String) arguments[0]);
                            yield (char) 0;
                        }
                        case "getLastReply" -> lastReply;
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        private String stat(String expression) {
            assertTrue(expression.startsWith(STAT) && expression.endsWith(".wav)}"), expression);
            String file = expression.substring(STAT.length(), expression.length() - ".wav)}".length());
            asked.add(file);
            return statAnswer != null ? statAnswer : missing.contains(file) ? "0" : "1";
        }

        private char stream(String file) {
            assertFalse(missing.contains(file), "streamed a file the PBX lacks, which ends the session: " + file);
            streamed.add(file);
            if (removedSinceAsked.contains(file)) {
                lastReply = reply(-1, "0");
            } else if (file.equals(hangUpDuring)) {
                lastReply = reply(-1, "4000");
            } else {
                lastReply = reply(0, "16000");
            }
            return (char) lastReply.getResultCode();
        }

        private static AgiReply reply(int result, String endpos) {
            return (AgiReply) Proxy.newProxyInstance(
                    AgiReply.class.getClassLoader(),
                    new Class<?>[] {AgiReply.class},
                    (proxy, method, arguments) -> switch (method.getName()) {
                        case "getResultCode" -> result;
                        case "getAttribute" -> "endpos".equals(arguments[0]) ? endpos : null;
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    /** A clock the test moves on. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
