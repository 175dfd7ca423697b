package org.hotline.telephony.agent;

import java.util.regex.Pattern;
import org.hotline.pbx.ListenMode;

/**
 * The {@code Data} of an AMI Originate whose {@code Application} is ChanSpy: the agent's own channel, and the options
 * of the mode. As app_chanspy.c of Asterisk 22 reads them (its option list: ChanSpy's documentation for Asterisk 22,
 * {@code docs.asterisk.org/Latest_API/API_Documentation/Dialplan_Applications/ChanSpy}):
 *
 * <ul>
 * <li>the first argument is the channel's full name (AgentConnect's DestChannel, {@code PJSIP/1001-0000000b}), with
 * {@code u}: "the chanprefix parameter is a channel uniqueid or fully specified channel name", so ChanSpy looks that
 * one channel up by its exact name and exits at once when it is gone. Without {@code u} the argument is a prefix:
 * {@code PJSIP/100} spies on {@code PJSIP/1001-…} as well, and a supervisor dialling digits and {@code #} moves to
 * {@code <prefix>/<digits>}, another agent's call, with no audit; {@code u} turns that feature off;</li>
 * <li>{@code E}: exit when the spied-on channel hangs up, and {@code S}: stop when no channel is left to spy on, so the
 * supervisor's call ends with the agent's and never moves on to another;</li>
 * <li>{@code q}: no beep and no spoken channel name. Both are played to the supervisor only (the spying channel), never
 * to the agent, so they tell the agent nothing; the agent is told on their page instead
 * ({@code HOTLINE_LISTEN_TELL_AGENT});</li>
 * <li>the mode: none to listen; {@code w} to whisper (the supervisor talks to the spied-on channel, the agent, only);
 * {@code B} to barge (talks to both channels of the call).</li>
 * </ul>
 *
 * <p>Never given: {@code d} (DTMF 4, 5 and 6 would switch between listen, whisper and barge, unaudited), {@code X} and
 * {@code x} (exit to a dialplan extension), {@code r} (a recording outside the hotline's own), {@code c}.
 *
 * <p>The channel comes from the PBX's own event, never from a request, and is refused unless it is a channel name as
 * Asterisk makes them: an AMI header ends at a line break and an application's arguments at a comma, so a name holding
 * either (or a pipe, the old separator) would give the PBX other arguments than these.
 */
public final class ChanSpy {

    /** The application's name, as the Originate's {@code Application}. */
    public static final String APPLICATION = "ChanSpy";

    /**
     * A channel as Asterisk names it: technology, a slash, the resource, a dash and the channel's counter in hex, and
     * for a Local channel {@code ;1} or {@code ;2} ({@code Local/agent1@agents-00000002;1}).
     */
    static final Pattern CHANNEL = Pattern.compile("[A-Za-z]{2,10}/[A-Za-z0-9_.@+-]{1,80}-[0-9a-f]{8}(;[12])?");

    /** Every mode's options: the channel exactly, exit with it, quiet. */
    private static final String ALWAYS = "qESu";

    private ChanSpy() {}

    /**
     * The Originate's {@code Data}: {@code <channel>,<options>}.
     *
     * @throws IllegalArgumentException when the channel is not a channel name as Asterisk makes them
     */
    public static String data(String agentChannel, ListenMode mode) {
        if (!isChannel(agentChannel)) {
            throw new IllegalArgumentException("not a channel name: " + agentChannel);
        }
        return agentChannel + "," + ALWAYS + modeOption(mode);
    }

    /** Whether ChanSpy can be pointed at this channel: a name as Asterisk makes them. */
    public static boolean isChannel(String agentChannel) {
        return agentChannel != null && CHANNEL.matcher(agentChannel).matches();
    }

    private static String modeOption(ListenMode mode) {
        return switch (mode) {
            case LISTEN -> "";
            case WHISPER -> "w";
            case BARGE -> "B";
        };
    }
}
