package org.hotline.telephony.agi;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.Semaphore;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.hotline.ivr.IvrDesk;
import org.hotline.survey.SurveyDesk;
import org.jboss.logging.Logger;

/**
 * The satisfaction survey ({@code AGI(agi://<app>:4573/survey)}), which the dialplan runs when the agent has hung up
 * on an answered queue call ({@code Queue()}'s {@code c} option, {@code QUEUESTATUS=CONTINUE}). The application
 * decides whether this call is surveyed (answered by an agent, within the share supervisors chose, not rated yet);
 * if not, the script says nothing. Otherwise, in the caller's language: "rate the call from 1 to 5", then "was your
 * problem solved? 1 yes, 2 no", then thanks. A wrong key or silence is told and asked again, three tries in all;
 * then the survey ends politely. Each answer is written as it is given (one transaction each), so a caller who hangs
 * up after rating leaves the rating without the second answer, and one who hangs up before leaves none.
 *
 * <p>One instance serves every call at once and keeps nothing of a call in its fields. At most {@link #limit} surveys
 * run at once, on threads of their own beside the IVR's; a call over that is simply not surveyed.
 */
@ApplicationScoped
public class SurveyScript implements AgiScript {

    private static final Logger LOG = Logger.getLogger(SurveyScript.class);
    static final int ATTEMPTS = 3;
    static final int KEY_WAIT_MILLIS = 5_000;
    private static final String RATINGS = "12345";
    private static final String YES_NO = "12";

    @Inject
    private Clock clock;

    @EJB
    private SurveyDesk desk;

    @Inject
    private AgiSettings settings;

    private Prompts prompts;
    private Semaphore calls;

    public SurveyScript() {
        // for CDI
    }

    /** With what CDI injects given directly: for the unit tests, which run calls without a container. */
    SurveyScript(SurveyDesk desk, Clock clock, AgiSettings settings) {
        this.desk = desk;
        this.clock = clock;
        this.settings = settings;
        configure();
    }

    @PostConstruct
    void configure() {
        prompts = new Prompts(clock, settings.promptCheck());
        calls = new Semaphore(limit(settings));
    }

    /** Surveys at once: a quarter of the IVR's calls, at least one; the FastAGI server adds their threads. */
    static int limit(AgiSettings settings) {
        return Math.max(1, settings.maxCalls() / 4);
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        if (!calls.tryAcquire()) {
            LOG.debugf("Survey not offered, too many at once (%s)", request.getUniqueId());
            return;
        }
        try {
            survey(request, channel);
        } catch (AgiHangupException hungUp) {
            LOG.debugf("Caller hung up in the survey (%s)", request.getUniqueId());
        } catch (Prompts.PromptFileMissing sessionEnded) {
            LOG.debugf("%s (%s)", sessionEnded.getMessage(), request.getUniqueId());
        } finally {
            calls.release();
        }
    }

    private void survey(AgiRequest request, AgiChannel channel) throws AgiException {
        String linkedid = channel.getFullVariable("${CHANNEL(linkedid)}");
        if (linkedid == null || linkedid.isBlank()) {
            linkedid = request.getUniqueId();
        }
        String language = IvrDesk.LANGUAGES.contains(request.getLanguage()) ? request.getLanguage() : "ar";
        if (!desk.offer(linkedid, language)) {
            return;
        }
        char rating = ask(channel, language, "survey-rate", RATINGS);
        if (rating == 0) {
            prompts.play(channel, language, "goodbye", "");
            return;
        }
        desk.rate(linkedid, rating - '0');
        char solved = ask(channel, language, "survey-solved", YES_NO);
        if (solved != 0) {
            desk.solved(linkedid, solved == '1');
        }
        prompts.play(channel, language, "survey-thanks", "");
    }

    /** A question until one of its keys is pressed, three tries; 0 when none was. */
    private char ask(AgiChannel channel, String language, String question, String keys) throws AgiException {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            char key = prompts.play(channel, language, question, keys);
            if (key == 0) {
                key = channel.waitForDigit(KEY_WAIT_MILLIS);
            }
            if (key != 0 && keys.indexOf(key) >= 0) {
                return key;
            }
            prompts.play(channel, language, "invalid", "");
        }
        return 0;
    }
}
