package org.hotline.telephony.agi;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.hotline.ivr.IvrDesk;
import org.hotline.ivr.IvrDesk.StatusCheck;
import org.hotline.ivr.IvrTopic;
import org.hotline.ivr.MenuOption;
import org.hotline.telephony.live.TelephonySettings;
import org.hotline.ticket.TicketStatus;
import org.jboss.logging.Logger;

/**
 * The script every 5599 call runs ({@code AGI(agi://<app>:4573/ivr)}): opening hours (after hours, 1 asks for a
 * callback), the language (remembered for a known caller), a known caller's waiting answers (before the menu), the
 * main menu from the database, and the ticket status by keypad (after a receipt PIN, unless the caller's own ticket). It decides the route and leaves it, and every choice, on the
 * channel as {@code HOTLINE_*} variables: the dialplan queues by {@code HOTLINE_QUEUE} or hangs up when
 * {@code HOTLINE_ROUTE} is {@code hangup}, and the call log records the variables (so reports see where callers go
 * and, from the last {@code HOTLINE_STEP}, where they hang up).
 *
 * <p>One instance serves every call at once: it keeps nothing of a call in its fields (a call's state is the
 * {@link Call} made for it). A hang-up is normal: it ends the script, and nothing is left half-written, because the
 * only writes (the language, a callback task, a notice heard) are single transactions.
 */
@ApplicationScoped
public class EntryScript implements AgiScript {

    private static final Logger LOG = Logger.getLogger(EntryScript.class);
    static final int ATTEMPTS = 3;
    static final int KEY_WAIT_MILLIS = 5_000;
    static final int TYPING_WAIT_MILLIS = 10_000;
    /** How long the notice of a waiting answer waits for its 1 before the menu. */
    static final int NOTICE_WAIT_MILLIS = 3_000;

    private static final String ALL_KEYS = "0123456789*#";

    @Inject
    private Clock clock;

    @EJB
    private IvrDesk desk;

    @Inject
    private AgiSettings settings;

    @Inject
    private TelephonySettings telephony;

    private Prompts prompts;
    private Semaphore calls;
    /** The default route: the first of HOTLINE_QUEUES, for calls over the limit and callers lost in the menu. */
    private String defaultQueue;

    public EntryScript() {
        // for CDI
    }

    /** With what CDI injects given directly: for the unit tests, which run calls without a container. */
    EntryScript(IvrDesk desk, Clock clock, AgiSettings settings, TelephonySettings telephony) {
        this.desk = desk;
        this.clock = clock;
        this.settings = settings;
        this.telephony = telephony;
        configure();
    }

    @PostConstruct
    void configure() {
        prompts = new Prompts(clock, settings.promptCheck());
        calls = new Semaphore(settings.maxCalls());
        defaultQueue = telephony.queues().get(0);
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        if (!calls.tryAcquire()) {
            // Over the limit: the default route at once, never silence (the dialplan queues the call).
            channel.setVariable("HOTLINE_QUEUE", defaultQueue);
            channel.setVariable("HOTLINE_STEP", "overload");
            return;
        }
        try {
            run(new Call(request, channel));
        } catch (AgiHangupException hungUp) {
            LOG.debugf("Caller hung up in the IVR (%s)", request.getUniqueId());
        } catch (Prompts.PromptFileMissing sessionEnded) {
            LOG.debugf("%s (%s)", sessionEnded.getMessage(), request.getUniqueId());
        } finally {
            calls.release();
        }
    }

    private void run(Call call) throws AgiException {
        call.step("hours");
        IvrDesk.Arrival arrival = desk.arrival(call.caller);
        call.knownCaller = arrival.knownCaller();
        if (!arrival.open()) {
            afterHours(call, arrival.language());
            return;
        }
        call.language(arrival.language() != null ? arrival.language() : chooseLanguage(call));
        if (!arrival.notices().isEmpty() && notice(call, arrival.notices(), agentQueue(arrival.menu()))) {
            return; // 0 during the answer: an agent
        }
        mainMenu(call, arrival.menu());
    }

    /**
     * A known caller with an answer waiting on their own ordinary tickets hears so before the menu, and 1 says each as
     * the status step says the caller's own ticket (number, status, the public reply); silence or another key goes on
     * to the menu. Each one said to its end is recorded as heard, in a transaction of its own, so it is not announced
     * again; a hang-up before that leaves it to be announced at the next call. Complaints are never announced (see
     * {@link IvrDesk.Notice}). True when the caller pressed 0 and goes to an agent.
     */
    private boolean notice(Call call, List<IvrDesk.Notice> notices, String agentQueue) throws AgiException {
        call.step("notice");
        call.variable("HOTLINE_NOTICE", "offered");
        char key = call.play("notice-waiting", "1");
        if (key == 0) {
            key = call.channel.waitForDigit(NOTICE_WAIT_MILLIS);
        }
        if (key != '1') {
            return false;
        }
        call.step("notice-said");
        for (IvrDesk.Notice notice : notices) {
            key = sayTicket(call, notice.number(), notice.status(), notice.replySound());
            if (key == '0') {
                toAgent(call, agentQueue, "agent");
                return true;
            }
            desk.noticeHeard(call.caller, notice.number(), notice.through());
        }
        call.variable("HOTLINE_NOTICE", "heard");
        return false;
    }

    /** Closed: the hours, and 1 for a callback, which is confirmed; then the call ends. */
    private void afterHours(Call call, String knownLanguage) throws AgiException {
        call.variable("HOTLINE_AFTER_HOURS", "1");
        call.language(knownLanguage != null ? knownLanguage : "ar");
        call.step("after-hours");
        char key = call.play("closed", "1");
        if (key == 0) {
            key = call.channel.waitForDigit(KEY_WAIT_MILLIS);
        }
        if (key == '1') {
            call.variable("HOTLINE_CALLBACK", "requested");
            boolean callable = desk.callbackRequested(call.caller, call.linkedid());
            call.play(callable ? "callback-confirmed" : "callback-impossible", "");
        }
        endHere(call);
    }

    /** 1 Arabic, 2 Kurdish, 3 English, each offered in its own language; no choice keeps Arabic. */
    private String chooseLanguage(Call call) throws AgiException {
        call.step("language");
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            char key = 0;
            for (String language : IvrDesk.LANGUAGES) {
                key = prompts.playIn(call.channel, language, "language-choice", "123");
                if (key != 0) {
                    break;
                }
            }
            if (key == 0) {
                key = call.channel.waitForDigit(KEY_WAIT_MILLIS);
            }
            if (key >= '1' && key <= '3') {
                String chosen = IvrDesk.LANGUAGES.get(key - '1');
                if (call.knownCaller) {
                    desk.rememberLanguage(call.caller, chosen);
                }
                return chosen;
            }
        }
        return "ar";
    }

    /**
     * The topics of the database's menu (read with the arrival), 9 for the language; three wrong or silent tries lead
     * to the default queue.
     */
    private void mainMenu(Call call, List<MenuOption> menu) throws AgiException {
        boolean first = true;
        for (int attempt = 1; attempt <= ATTEMPTS; ) {
            call.step("menu");
            char key = first ? call.play("welcome", ALL_KEYS) : 0;
            first = false;
            for (MenuOption option : menu) {
                if (key != 0) {
                    break;
                }
                key = call.play("topic-" + option.topic(), ALL_KEYS);
                key = key != 0 ? key : call.play("press", ALL_KEYS);
                key = key != 0 ? key : call.play("digit-" + option.digit(), ALL_KEYS);
            }
            key = key != 0 ? key : call.play("change-language", ALL_KEYS);
            key = key != 0 ? key : call.channel.waitForDigit(KEY_WAIT_MILLIS);
            if (key == '9') {
                call.language(chooseLanguage(call));
                continue;
            }
            Optional<MenuOption> chosen = option(menu, key);
            if (chosen.isPresent()) {
                chosen(call, chosen.get(), menu);
                return;
            }
            call.play("invalid", "");
            attempt++;
        }
        toAgent(call, defaultQueue, "menu-failed"); // the default queue, as for a call over the limit
    }

    private void chosen(Call call, MenuOption option, List<MenuOption> menu) throws AgiException {
        call.variable("HOTLINE_TOPIC", option.topic().name());
        if (option.topic() == IvrTopic.TICKET_STATUS) {
            ticketStatus(call, agentQueue(menu));
        } else {
            call.variable("HOTLINE_QUEUE", option.queue());
            call.step("queue");
        }
    }

    /**
     * The number and #; the check digit catches a typing error at once. The status is said with the number digit by
     * digit; a complaint's only after its PIN. Three failures lead to an agent.
     */
    private void ticketStatus(Call call, String agentQueue) throws AgiException {
        call.step("status");
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            String typed = call.typed("enter-ticket");
            StatusCheck check = desk.status(typed, call.caller);
            call.variable("HOTLINE_STATUS", check.outcome().name());
            switch (check.outcome()) {
                case FOUND:
                    sayStatus(call, check.number(), check.status(), check.replySound(), false, agentQueue);
                    return;
                case PIN_REQUIRED:
                    complaintStatus(call, check.number(), agentQueue);
                    return;
                default:
                    call.play("ticket-invalid", "");
                    break;
            }
        }
        toAgent(call, agentQueue, "status-failed");
    }

    /**
     * The receipt PIN, under the follow-up's rules: after wrong PINs the number (or this caller) must wait, and then
     * the caller hears "please wait and try later" and goes to an agent without another try.
     */
    private void complaintStatus(Call call, String number, String agentQueue) throws AgiException {
        call.step("pin");
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            IvrDesk.PinCheck check = desk.complaintStatus(number, call.typed("enter-pin"), call.caller);
            if (check.outcome() == IvrDesk.PinCheck.Outcome.FOUND) {
                call.variable("HOTLINE_STATUS", "FOUND");
                sayStatus(call, number, check.status(), null, check.questionWaiting(), agentQueue);
                return;
            }
            if (check.outcome() == IvrDesk.PinCheck.Outcome.WAIT) {
                call.variable("HOTLINE_STATUS", "PIN_WAIT");
                call.play("pin-wait", "");
                toAgent(call, agentQueue, "pin-wait");
                return;
            }
            call.variable("HOTLINE_STATUS", "PIN_WRONG");
            call.play("pin-wrong", "");
        }
        toAgent(call, agentQueue, "pin-failed");
    }

    /**
     * The ticket's status, then, when an agent has replied publicly ({@code replySound}: the latest reply's spoken
     * copy), "a reply is waiting" and the reply itself when the PBX has it, or else where to read it; for a complaint
     * after its receipt PIN, that an officers' question awaits an answer ({@code questionWaiting}); 0 during these goes
     * to an agent.
     */
    private void sayStatus(
            Call call,
            String number,
            TicketStatus status,
            String replySound,
            boolean questionWaiting,
            String agentQueue)
            throws AgiException {
        call.step("status-said");
        char key = sayTicket(call, number, status, replySound);
        if (key == 0 && questionWaiting) {
            call.variable("HOTLINE_NOTICE", "question");
            key = call.play("question-waiting", "0");
        }
        if (key == 0) {
            key = call.play("status-more", "0");
        }
        if (key == 0) {
            key = call.channel.waitForDigit(KEY_WAIT_MILLIS);
        }
        if (key == '0') {
            toAgent(call, agentQueue, "agent");
            return;
        }
        endHere(call);
    }

    /** The caller's own ticket: its number digit by digit, its status, and the latest public reply if any. */
    private char sayTicket(Call call, String number, TicketStatus status, String replySound) throws AgiException {
        call.play("ticket-number", "");
        prompts.sayDigits(call.channel, call.language, number);
        call.play("status-" + status.name(), "");
        return replySound == null ? 0 : sayReply(call, replySound);
    }

    private char sayReply(Call call, String replySound) throws AgiException {
        char key = call.play("reply-waiting", "0");
        if (key != 0) {
            return key;
        }
        int spoken = prompts.playReply(call.channel, replySound, "0");
        if (spoken >= 0) {
            call.variable("HOTLINE_REPLY", "SPOKEN");
            return (char) spoken;
        }
        call.variable("HOTLINE_REPLY", "TO_READ");
        return call.play("reply-to-read", "0");
    }

    /**
     * The IVR has answered the caller itself: the dialplan hangs up rather than queue. The route is set before the
     * goodbye, so a session that ends during it still ends the call.
     */
    private void endHere(Call call) throws AgiException {
        call.variable("HOTLINE_ROUTE", "hangup");
        call.play("goodbye", "");
    }

    private void toAgent(Call call, String queue, String why) throws AgiException {
        call.variable("HOTLINE_QUEUE", queue);
        call.variable("HOTLINE_TO_AGENT", why);
        call.step("queue");
        call.play("to-agent", "");
    }

    private static Optional<MenuOption> option(List<MenuOption> menu, char key) {
        return menu.stream().filter(option -> option.digit().charAt(0) == key).findFirst();
    }

    /** The queue of the menu's agent key (the menu always has one), or the default queue. */
    private String agentQueue(List<MenuOption> menu) {
        return menu.stream()
                .filter(option -> option.topic() == IvrTopic.AGENT)
                .map(MenuOption::queue)
                .findFirst()
                .orElse(defaultQueue);
    }

    /** One call's state: made for the call, never shared. */
    private final class Call {
        private final AgiRequest request;
        private final AgiChannel channel;
        private final String caller;
        private String language = "ar";
        private boolean knownCaller;
        private String linkedid;

        Call(AgiRequest request, AgiChannel channel) {
            this.request = request;
            this.channel = channel;
            this.caller = request.getCallerIdNumber();
        }

        void language(String chosen) throws AgiException {
            language = chosen;
            channel.setVariable("CHANNEL(language)", chosen);
            variable("HOTLINE_LANG", chosen);
        }

        void step(String name) throws AgiException {
            variable("HOTLINE_STEP", name);
        }

        void variable(String name, String value) throws AgiException {
            channel.setVariable(name, value);
        }

        char play(String prompt, String keys) throws AgiException {
            return prompts.play(channel, language, prompt, keys);
        }

        /** Digits typed after a prompt, ended by # or silence; a key pressed during the prompt counts as the first. */
        String typed(String prompt) throws AgiException {
            char first = play(prompt, ALL_KEYS);
            if (first == '#') {
                return "";
            }
            String rest = channel.getData("silence/1", TYPING_WAIT_MILLIS, 20);
            if ("-1".equals(rest)) {
                throw new AgiHangupException(); // GET DATA's answer when the channel went away
            }
            String digits = (first == 0 ? "" : String.valueOf(first)) + (rest == null ? "" : rest);
            return digits.replaceAll("[^0-9]", "");
        }

        /** The call's linkedid, which the call log and the callback task know it by. */
        String linkedid() throws AgiException {
            if (linkedid == null) {
                linkedid = channel.getFullVariable("${CHANNEL(linkedid)}");
                if (linkedid == null || linkedid.isBlank()) {
                    linkedid = request.getUniqueId();
                }
            }
            return linkedid;
        }
    }
}
