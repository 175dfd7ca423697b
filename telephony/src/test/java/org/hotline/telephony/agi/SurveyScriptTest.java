package org.hotline.telephony.agi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.AgiRequest;
import org.hotline.survey.SurveyDesk;
import org.junit.jupiter.api.Test;

/**
 * The survey as a caller meets it after the agent hung up, on a fake channel whose PBX has every prompt: the rating
 * and "was it solved" in the caller's language, each answer handed to the application as it is given; a wrong key or
 * silence told and asked again, three tries in all, then a polite end; a hang-up at any moment keeps what was given;
 * a call the application does not survey hears nothing.
 */
class SurveyScriptTest {

    private static final String LINKEDID = "1796180517.678";
    private static final char SILENCE = 0;
    private static final AgiSettings SETTINGS =
            new AgiSettings(4573, "127.0.0.1", 50, "127.0.0.0/8,::1", Duration.ofMinutes(5));

    /** What the application answers, and what the script handed it. */
    private static final class Desk extends SurveyDesk {
        private final boolean surveyed;
        final List<String> asked = new ArrayList<>();
        final List<String> answers = new ArrayList<>();

        Desk(boolean surveyed) {
            this.surveyed = surveyed;
        }

        @Override
        public boolean offer(String linkedid, String language) {
            asked.add(linkedid + " " + language);
            return surveyed;
        }

        @Override
        public void rate(String linkedid, int rating) {
            answers.add(linkedid + " rated " + rating);
        }

        @Override
        public void solved(String linkedid, boolean solved) {
            answers.add(linkedid + " solved " + solved);
        }
    }

    /** One call: the caller's language, the keys they press when asked (_ is silence), and what they heard. */
    private static final class Call {
        private final String language;
        private final Deque<Character> keys = new ArrayDeque<>();
        final List<String> played = new ArrayList<>();
        private String hangUpAt;

        Call(String language, String keys) {
            this.language = language;
            for (char key : keys.toCharArray()) {
                this.keys.add(key == '_' ? SILENCE : key);
            }
        }

        /** The caller hangs up when this prompt starts. */
        Call hangingUpAt(String prompt) {
            hangUpAt = prompt;
            return this;
        }

        Call run(Desk desk) throws Exception {
            new SurveyScript(desk, Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC), SETTINGS)
                    .service(request(), channel());
            return this;
        }

        private AgiRequest request() {
            return (AgiRequest) Proxy.newProxyInstance(
                    getClass().getClassLoader(),
                    new Class<?>[] {AgiRequest.class},
                    (proxy, method, arguments) -> switch (method.getName()) {
                        case "getLanguage" -> language;
                        case "getUniqueId" -> LINKEDID;
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        private AgiChannel channel() {
            return (AgiChannel) Proxy.newProxyInstance(
                    getClass().getClassLoader(),
                    new Class<?>[] {AgiChannel.class},
                    (proxy, method, arguments) -> switch (method.getName()) {
                        case "getFullVariable" ->
                            ((String) arguments[0]).startsWith("${STAT(") ? "1" : LINKEDID; // every prompt is there
                        case "streamFile" -> {
                            String file = (String) arguments[0];
                            if (hangUpAt != null && file.endsWith("/" + hangUpAt)) {
                                throw new AgiHangupException();
                            }
                            played.add(file);
                            yield SILENCE; // the caller listens to the end
                        }
                        case "getLastReply" -> null;
                        case "waitForDigit" -> keys.isEmpty() ? SILENCE : keys.poll();
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    @Test
    void theCallerRatesTheCallAndSaysTheProblemWasSolvedInTheirLanguage() throws Exception {
        Desk desk = new Desk(true);
        Call call = new Call("ku", "41").run(desk);
        assertEquals(List.of(LINKEDID + " ku"), desk.asked);
        assertEquals(List.of(LINKEDID + " rated 4", LINKEDID + " solved true"), desk.answers);
        assertEquals(
                List.of("hotline/ku/survey-rate", "hotline/ku/survey-solved", "hotline/ku/survey-thanks"), call.played);
    }

    @Test
    void twoIsNotSolved() throws Exception {
        Desk desk = new Desk(true);
        new Call("en", "12").run(desk);
        assertEquals(List.of(LINKEDID + " rated 1", LINKEDID + " solved false"), desk.answers);
    }

    @Test
    void aCallTheApplicationDoesNotSurveyHearsNothing() throws Exception {
        Desk desk = new Desk(false);
        Call call = new Call("ar", "5").run(desk);
        assertEquals(List.of(LINKEDID + " ar"), desk.asked);
        assertEquals(List.of(), call.played);
        assertEquals(List.of(), desk.answers);
    }

    @Test
    void aWrongKeyOrSilenceIsToldAndAskedAgainThenTheSurveyEndsPolitely() throws Exception {
        Desk desk = new Desk(true);
        Call call = new Call("ar", "9_3_92").run(desk);
        assertEquals(List.of(LINKEDID + " rated 3", LINKEDID + " solved false"), desk.answers);
        assertEquals(
                List.of(
                        "hotline/ar/survey-rate",
                        "hotline/ar/invalid",
                        "hotline/ar/survey-rate",
                        "hotline/ar/invalid",
                        "hotline/ar/survey-rate",
                        "hotline/ar/survey-solved",
                        "hotline/ar/invalid",
                        "hotline/ar/survey-solved",
                        "hotline/ar/invalid",
                        "hotline/ar/survey-solved",
                        "hotline/ar/survey-thanks"),
                call.played);

        Desk silent = new Desk(true);
        Call neverRated = new Call("en", "_0_").run(silent);
        assertEquals(List.of(), silent.answers, "no rating: nothing counted");
        assertEquals(
                3,
                neverRated.played.stream()
                        .filter("hotline/en/survey-rate"::equals)
                        .count());
        assertEquals("hotline/en/goodbye", neverRated.played.get(neverRated.played.size() - 1));

        Desk unsure = new Desk(true);
        Call noSecondAnswer = new Call("en", "5___").run(unsure);
        assertEquals(List.of(LINKEDID + " rated 5"), unsure.answers, "the rating stays, solved is not answered");
        assertTrue(noSecondAnswer.played.contains("hotline/en/survey-thanks"));
    }

    @Test
    void aHangUpKeepsWhatWasGivenAndNothingMore() throws Exception {
        Desk beforeRating = new Desk(true);
        new Call("ar", "4").hangingUpAt("survey-rate").run(beforeRating);
        assertEquals(List.of(), beforeRating.answers);

        Desk afterRating = new Desk(true);
        new Call("ar", "21").hangingUpAt("survey-solved").run(afterRating);
        assertEquals(List.of(LINKEDID + " rated 2"), afterRating.answers);
    }

    @Test
    void anUnknownLanguageIsAskedInArabic() throws Exception {
        Desk desk = new Desk(true);
        Call call = new Call("fr", "51").run(desk);
        assertEquals(List.of(LINKEDID + " ar"), desk.asked);
        assertEquals("hotline/ar/survey-rate", call.played.get(0));
    }
}
