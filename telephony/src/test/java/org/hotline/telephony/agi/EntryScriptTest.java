package org.hotline.telephony.agi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.AgiRequest;
import org.hotline.ivr.IvrDesk;
import org.hotline.ivr.IvrDesk.Notice;
import org.hotline.ivr.IvrDesk.PinCheck;
import org.hotline.ivr.IvrTopic;
import org.hotline.ivr.MenuOption;
import org.hotline.telephony.live.TelephonySettings;
import org.hotline.ticket.TicketStatus;
import org.junit.jupiter.api.Test;

/**
 * The IVR as a caller meets it, on a fake channel whose PBX has every prompt: the language menu (each language
 * offered in its own words, silence keeping Arabic, a known caller's language remembered and used), the main menu
 * from the database (a key leads to its queue, 9 to the language menu, a wrong key or silence is told and three
 * lead to the default queue), the ticket status by keypad, a known caller's waiting answers before the menu, and the
 * after-hours callback. The caller presses keys only
 * when the IVR waits for one; each silence is a wait that ran out.
 */
class EntryScriptTest {

    private static final String CALLER = "07701234567";
    private static final List<MenuOption> MENU = List.of(
            new MenuOption("1", IvrTopic.ENQUIRY, "enquiries"),
            new MenuOption("2", IvrTopic.REGISTRATION, "registration"),
            new MenuOption("3", IvrTopic.COMPLAINT, "complaints"),
            new MenuOption("4", IvrTopic.TICKET_STATUS, null),
            new MenuOption("0", IvrTopic.AGENT, "agents"));
    private static final char SILENCE = 0;
    private static final AgiSettings SETTINGS =
            new AgiSettings(4573, "127.0.0.1", 50, "127.0.0.0/8,::1", Duration.ofMinutes(5));
    /** The hotline's queues: the first is where callers lost in the menu go. */
    private static final TelephonySettings QUEUES = new TelephonySettings(
            List.of("enquiries", "registration", "complaints", "status", "agents"), "hotline-callback", Map.of());

    /** What the desk answers, and what the script asked it to keep. */
    private static final class Desk extends IvrDesk {
        private Arrival arrival;
        private final Deque<StatusCheck> checks = new ArrayDeque<>();
        private final Deque<PinCheck> pins = new ArrayDeque<>();
        final List<String> remembered = new ArrayList<>();
        final List<String> callbacks = new ArrayList<>();
        final List<String> heard = new ArrayList<>();

        Desk(boolean open, boolean known, String language, StatusCheck... checks) {
            arrival = new Arrival(open, known, language, open ? MENU : List.of(), List.of());
            this.checks.addAll(Arrays.asList(checks));
        }

        /** The known caller has answers waiting on these tickets. */
        Desk waiting(Notice... notices) {
            arrival = new Arrival(
                    arrival.open(), arrival.knownCaller(), arrival.language(), arrival.menu(), List.of(notices));
            return this;
        }

        /** What the receipt PINs typed come to, in order. */
        Desk pins(PinCheck... answers) {
            pins.addAll(Arrays.asList(answers));
            return this;
        }

        @Override
        public void noticeHeard(String caller, String number, Instant through) {
            heard.add(caller + " " + number + " " + through);
        }

        @Override
        public PinCheck complaintStatus(String number, String pin, String caller) {
            return pins.isEmpty() ? new PinCheck(PinCheck.Outcome.WRONG, null, 0, false) : pins.poll();
        }

        @Override
        public Arrival arrival(String caller) {
            return arrival;
        }

        @Override
        public void rememberLanguage(String caller, String language) {
            remembered.add(caller + " " + language);
        }

        @Override
        public StatusCheck status(String typed, String caller) {
            return checks.isEmpty() ? new StatusCheck(StatusCheck.Outcome.INVALID, null, null, null) : checks.poll();
        }

        @Override
        public boolean callbackRequested(String caller, String linkedid) {
            callbacks.add(caller + " " + linkedid);
            return true;
        }
    }

    /** One call: the keys the caller presses when asked, what they type, and what the IVR did. */
    private static final class Call {
        private final Deque<Character> keys = new ArrayDeque<>();
        private final Deque<String> typed = new ArrayDeque<>();
        final Map<String, String> variables = new LinkedHashMap<>();
        final List<String> played = new ArrayList<>();
        final List<Long> waits = new ArrayList<>();
        /** The caller hangs up when the IVR starts this prompt. */
        String hangUpAt;

        Call(String keys, String... typed) {
            for (char key : keys.toCharArray()) {
                this.keys.add(key == '_' ? SILENCE : key);
            }
            this.typed.addAll(Arrays.asList(typed));
        }

        Call run(Desk desk) throws Exception {
            new EntryScript(desk, Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC), SETTINGS, QUEUES)
                    .service(request(), channel());
            return this;
        }

        private AgiRequest request() {
            return (AgiRequest) Proxy.newProxyInstance(
                    getClass().getClassLoader(),
                    new Class<?>[] {AgiRequest.class},
                    (proxy, method, arguments) -> switch (method.getName()) {
                        case "getCallerIdNumber" -> CALLER;
                        case "getUniqueId" -> "1796180517.678";
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        private AgiChannel channel() {
            return (AgiChannel) Proxy.newProxyInstance(
                    getClass().getClassLoader(),
                    new Class<?>[] {AgiChannel.class},
                    (proxy, method, arguments) -> switch (method.getName()) {
                        case "getFullVariable" ->
                            ((String) arguments[0]).startsWith("${STAT(")
                                    ? "1"
                                    : "1796180517.678"; // every prompt is on the PBX; the call's linkedid
                        case "streamFile" -> {
                            if (arguments[0].equals(hangUpAt)) {
                                throw new AgiHangupException();
                            }
                            played.add((String) arguments[0]);
                            yield SILENCE; // the caller listens to the end
                        }
                        case "getLastReply" -> null;
                        case "sayDigits" -> {
                            played.add("digits " + arguments[0]);
                            yield SILENCE;
                        }
                        case "waitForDigit" -> {
                            waits.add(((Number) arguments[0]).longValue());
                            yield keys.isEmpty() ? SILENCE : keys.poll();
                        }
                        case "getData" -> typed.isEmpty() ? "" : typed.poll();
                        case "setVariable" -> {
                            variables.put((String) arguments[0], (String) arguments[1]);
                            yield null;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        long timesPlayed(String file) {
            return played.stream().filter(file::equals).count();
        }
    }

    @Test
    void aNewCallerHearsEachLanguageOfferedInItsOwnWordsAndChoosesKurdish() throws Exception {
        Desk desk = new Desk(true, false, null);
        Call call = new Call("21").run(desk);
        assertEquals(
                List.of("hotline/ar/language-choice", "hotline/ku/language-choice", "hotline/en/language-choice"),
                call.played.subList(0, 3));
        assertEquals("ku", call.variables.get("HOTLINE_LANG"));
        assertEquals("ku", call.variables.get("CHANNEL(language)"), "Asterisk's own prompts in Kurdish too");
        assertTrue(call.played.contains("hotline/ku/welcome"));
        assertEquals("ENQUIRY", call.variables.get("HOTLINE_TOPIC"));
        assertEquals("enquiries", call.variables.get("HOTLINE_QUEUE"));
        assertEquals(List.of(), desk.remembered, "an unknown number is not registered for its language");
    }

    @Test
    void aKnownCallerIsGreetedInTheirLanguageWithoutTheLanguageMenu() throws Exception {
        Call call = new Call("3").run(new Desk(true, true, "en"));
        assertFalse(call.played.stream().anyMatch(file -> file.endsWith("/language-choice")));
        assertEquals("hotline/en/welcome", call.played.get(0));
        assertEquals("COMPLAINT", call.variables.get("HOTLINE_TOPIC"));
        assertEquals("complaints", call.variables.get("HOTLINE_QUEUE"));
    }

    @Test
    void aKnownCallersChoiceOfLanguageIsRemembered() throws Exception {
        Desk desk = new Desk(true, true, null);
        Call call = new Call("30").run(desk);
        assertEquals(List.of(CALLER + " en"), desk.remembered);
        assertEquals("AGENT", call.variables.get("HOTLINE_TOPIC"));
        assertEquals("agents", call.variables.get("HOTLINE_QUEUE"));
    }

    @Test
    void silenceAtTheLanguageMenuKeepsArabicAfterThreeOffers() throws Exception {
        Call call = new Call("___2").run(new Desk(true, false, null));
        assertEquals(3, call.timesPlayed("hotline/en/language-choice"), "offered three times");
        assertEquals("ar", call.variables.get("HOTLINE_LANG"));
        assertEquals("registration", call.variables.get("HOTLINE_QUEUE"));
    }

    @Test
    void theIvrWaitsFiveSecondsForAKey() throws Exception {
        Call call = new Call("1").run(new Desk(true, true, "ar"));
        assertEquals(List.of((long) EntryScript.KEY_WAIT_MILLIS), call.waits);
        assertEquals(5_000, EntryScript.KEY_WAIT_MILLIS);
    }

    @Test
    void aKeyNotOnTheMenuIsToldAndTheMenuPlaysAgainWithoutTheWelcome() throws Exception {
        Call call = new Call("71").run(new Desk(true, true, "ar"));
        assertEquals(1, call.timesPlayed("hotline/ar/invalid"));
        assertEquals(1, call.timesPlayed("hotline/ar/welcome"), "welcomed once");
        assertEquals(2, call.timesPlayed("hotline/ar/topic-ENQUIRY"), "the menu again");
        assertEquals("enquiries", call.variables.get("HOTLINE_QUEUE"));
        assertNull(call.variables.get("HOTLINE_TO_AGENT"), "the caller chose");
    }

    @Test
    void threeWrongOrSilentTriesLeadToTheDefaultQueue() throws Exception {
        Call call = new Call("8*_").run(new Desk(true, true, "ku"));
        assertEquals(3, call.timesPlayed("hotline/ku/invalid"));
        assertEquals("enquiries", call.variables.get("HOTLINE_QUEUE"), "the first of the hotline's queues");
        assertEquals("menu-failed", call.variables.get("HOTLINE_TO_AGENT"));
        assertEquals("queue", call.variables.get("HOTLINE_STEP"));
        assertNull(call.variables.get("HOTLINE_TOPIC"));
        assertEquals("hotline/ku/to-agent", call.played.get(call.played.size() - 1));
    }

    @Test
    void nineChangesTheLanguageWithoutSpendingATry() throws Exception {
        Call call = new Call("__930").run(new Desk(true, false, "ar"));
        assertEquals(2, call.timesPlayed("hotline/ar/invalid"), "two silent tries before the 9");
        assertEquals("en", call.variables.get("HOTLINE_LANG"));
        assertTrue(call.played.contains("hotline/en/topic-AGENT"), "the menu again, in English");
        assertEquals("agents", call.variables.get("HOTLINE_QUEUE"), "a third try is left after the 9");
        assertNull(call.variables.get("HOTLINE_TO_AGENT"));
    }

    @Test
    void aTicketNumberTypedWrongThreeTimesLeadsToAnAgent() throws Exception {
        Call call = new Call("4", "12345", "", "999").run(new Desk(true, true, "ar"));
        assertEquals("TICKET_STATUS", call.variables.get("HOTLINE_TOPIC"));
        assertEquals(3, call.timesPlayed("hotline/ar/ticket-invalid"));
        assertEquals("INVALID", call.variables.get("HOTLINE_STATUS"));
        assertEquals("agents", call.variables.get("HOTLINE_QUEUE"), "the queue of the menu's agent key");
        assertEquals("status-failed", call.variables.get("HOTLINE_TO_AGENT"));
    }

    @Test
    void aFoundTicketsStatusIsSaidWithItsNumberAndTheCallEnds() throws Exception {
        Call call = new Call("4_", "000000172")
                .run(new Desk(
                        true,
                        true,
                        "en",
                        new IvrDesk.StatusCheck(
                                IvrDesk.StatusCheck.Outcome.FOUND, "000000172", TicketStatus.OPEN, null)));
        assertEquals("FOUND", call.variables.get("HOTLINE_STATUS"));
        assertTrue(call.played.contains("hotline/en/status-OPEN"), call.played.toString());
        assertTrue(call.played.indexOf("hotline/en/ticket-number") < call.played.indexOf("hotline/en/status-OPEN"));
        assertEquals("hangup", call.variables.get("HOTLINE_ROUTE"), "no key after the status: the IVR answered it");
        assertNull(call.variables.get("HOTLINE_QUEUE"));
    }

    @Test
    void afterHoursOneAsksForACallbackAndTheCallEndsThere() throws Exception {
        Desk desk = new Desk(false, false, null);
        Call call = new Call("1").run(desk);
        assertEquals("1", call.variables.get("HOTLINE_AFTER_HOURS"));
        assertEquals("ar", call.variables.get("HOTLINE_LANG"), "no language menu after hours");
        assertEquals("requested", call.variables.get("HOTLINE_CALLBACK"));
        assertEquals(List.of(CALLER + " 1796180517.678"), desk.callbacks);
        assertTrue(call.played.contains("hotline/ar/callback-confirmed"));
        assertEquals("hangup", call.variables.get("HOTLINE_ROUTE"));
    }

    @Test
    void afterHoursSilenceAsksForNothing() throws Exception {
        Desk desk = new Desk(false, true, "ku");
        Call call = new Call("_").run(desk);
        assertEquals("ku", call.variables.get("HOTLINE_LANG"), "a known caller hears the hours in their language");
        assertEquals(List.of(), desk.callbacks);
        assertNull(call.variables.get("HOTLINE_CALLBACK"));
        assertEquals("hangup", call.variables.get("HOTLINE_ROUTE"));
    }

    private static final Instant RESOLVED_AT = Instant.parse("2026-12-01T10:15:30.123456Z");
    private static final Instant REPLIED_AT = Instant.parse("2026-12-01T11:00:00Z");

    @Test
    void aKnownCallerWithAnAnswerWaitingHearsItAfterOneAndThenTheMenu() throws Exception {
        Desk desk =
                new Desk(true, true, "en").waiting(new Notice("000000172", TicketStatus.RESOLVED, null, RESOLVED_AT));
        Call call = new Call("12").run(desk);
        int notice = call.played.indexOf("hotline/en/notice-waiting");
        int said = call.played.indexOf("hotline/en/ticket-number");
        int resolved = call.played.indexOf("hotline/en/status-RESOLVED");
        int welcome = call.played.indexOf("hotline/en/welcome");
        assertTrue(notice == 0 && notice < said && said < resolved && resolved < welcome, call.played.toString());
        assertEquals(
                List.of(
                        "hotline/en/digit-0",
                        "hotline/en/digit-0",
                        "hotline/en/digit-0",
                        "hotline/en/digit-0",
                        "hotline/en/digit-0",
                        "hotline/en/digit-0",
                        "hotline/en/digit-1",
                        "hotline/en/digit-7",
                        "hotline/en/digit-2"),
                call.played.subList(said + 1, resolved),
                "the number digit by digit, as the status step says it");
        assertEquals(List.of(CALLER + " 000000172 " + RESOLVED_AT), desk.heard, "heard to its end: told");
        assertEquals("heard", call.variables.get("HOTLINE_NOTICE"));
        assertEquals((long) EntryScript.NOTICE_WAIT_MILLIS, call.waits.get(0), "a short wait for the 1");
        assertEquals("registration", call.variables.get("HOTLINE_QUEUE"), "then the menu, as for every call");
        assertNull(call.variables.get("HOTLINE_ROUTE"));
    }

    @Test
    void eachWaitingAnswerIsSaidWithItsReplyAndRecordedHeardInTurn() throws Exception {
        Desk desk = new Desk(true, true, "ku")
                .waiting(
                        new Notice(
                                "000000180", TicketStatus.PENDING_CITIZEN, "hotline/replies/000000180-9", REPLIED_AT),
                        new Notice("000000172", TicketStatus.RESOLVED, null, RESOLVED_AT));
        Call call = new Call("10").run(desk);
        assertEquals(2, call.timesPlayed("hotline/ku/ticket-number"));
        int question = call.played.indexOf("hotline/ku/status-PENDING_CITIZEN");
        assertEquals("hotline/ku/reply-waiting", call.played.get(question + 1));
        assertEquals("hotline/replies/000000180-9", call.played.get(question + 2), "the reply itself");
        assertTrue(question < call.played.indexOf("hotline/ku/status-RESOLVED"));
        assertEquals(
                List.of(CALLER + " 000000180 " + REPLIED_AT, CALLER + " 000000172 " + RESOLVED_AT),
                desk.heard,
                "the latest first, each told once said");
        assertEquals("agents", call.variables.get("HOTLINE_QUEUE"), "0 at the menu");
    }

    @Test
    void silenceOrAnotherKeyAfterTheNoticeGoesOnToTheMenuAndNothingIsTold() throws Exception {
        for (String keys : List.of("_2", "72")) {
            Desk desk = new Desk(true, true, "ar")
                    .waiting(new Notice("000000172", TicketStatus.RESOLVED, null, RESOLVED_AT));
            Call call = new Call(keys).run(desk);
            assertEquals(1, call.timesPlayed("hotline/ar/notice-waiting"), keys);
            assertFalse(call.played.contains("hotline/ar/ticket-number"), keys + ": " + call.played);
            assertEquals(List.of(), desk.heard, "not heard: announced again at the next call");
            assertEquals("offered", call.variables.get("HOTLINE_NOTICE"));
            assertEquals("registration", call.variables.get("HOTLINE_QUEUE"), keys);
        }
    }

    @Test
    void aHangUpDuringTheAnswerLeavesItToBeAnnouncedAgain() throws Exception {
        Desk desk =
                new Desk(true, true, "en").waiting(new Notice("000000172", TicketStatus.RESOLVED, null, RESOLVED_AT));
        Call call = new Call("1");
        call.hangUpAt = "hotline/en/status-RESOLVED";
        call.run(desk);
        assertTrue(call.played.contains("hotline/en/ticket-number"));
        assertEquals(List.of(), desk.heard, "hung up before the status was said: not told");
        assertEquals("offered", call.variables.get("HOTLINE_NOTICE"));
    }

    @Test
    void nothingWaitingAndAnUnknownCallerHearNoNotice() throws Exception {
        for (Desk desk : List.of(new Desk(true, true, "en"), new Desk(true, false, "en"))) {
            Call call = new Call("1").run(desk);
            assertFalse(call.played.contains("hotline/en/notice-waiting"), call.played.toString());
            assertEquals("hotline/en/welcome", call.played.get(0));
            assertNull(call.variables.get("HOTLINE_NOTICE"));
        }
    }

    @Test
    void aComplaintsWaitingQuestionIsSaidOnlyAfterItsReceiptPin() throws Exception {
        IvrDesk.StatusCheck pinFirst =
                new IvrDesk.StatusCheck(IvrDesk.StatusCheck.Outcome.PIN_REQUIRED, "000000190", null, null);
        Call wrong =
                new Call("4_", "000000190", "111111", "111111", "111111").run(new Desk(true, true, "en", pinFirst));
        assertFalse(wrong.played.contains("hotline/en/question-waiting"), wrong.played.toString());
        assertNull(wrong.variables.get("HOTLINE_NOTICE"));

        Call right = new Call("4_", "000000190", "123456")
                .run(new Desk(true, true, "en", pinFirst)
                        .pins(new PinCheck(PinCheck.Outcome.FOUND, TicketStatus.OPEN, 0, true)));
        int status = right.played.indexOf("hotline/en/status-OPEN");
        assertEquals("hotline/en/question-waiting", right.played.get(status + 1), right.played.toString());
        assertEquals("question", right.variables.get("HOTLINE_NOTICE"));
        assertEquals("hangup", right.variables.get("HOTLINE_ROUTE"));
    }
}
