package org.hotline.pbx;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/**
 * A supervisor listens to, whispers to the agent on, or barges in on a live queue call from the live view: the PBX
 * rings the supervisor's own phone (the account's phone, never one named by the caller) and, once it is answered,
 * joins it to the agent's side of that call. Supervisors only. Every use is audited with the call, the agent, the mode,
 * the supervisor's phone and the written reason, in the transaction that asks the PBX; the agent's page is told when
 * the hotline is configured so ({@code HOTLINE_LISTEN_TELL_AGENT}).
 *
 * <p>Refuses with {@link ListenReasonRejected} (no reason, too long, or control characters), {@link NoPhone} (the
 * supervisor's account has no phone), {@link CallNotLive} (that agent is not talking on that call now: it ended, it
 * never was, or another agent has it; or the call is about a complaint against staff, the officers' alone), {@link PbxUnavailable} and {@link PbxRefused}; a refusal writes nothing.
 */
public interface Listening {

    /** The signed-in supervisor's phone as the PBX names it ({@code PJSIP/2001}); empty without one. */
    Optional<String> phone();

    /**
     * Rings the supervisor's phone and, once answered, joins the agent's side of the call in this mode.
     *
     * @param linkedid the call, as the live view names it
     * @param agentPhone the agent's phone interface, as the live view names it
     * @param reason why, in the supervisor's words (kept in the audit log)
     */
    void listen(@NotNull String linkedid, @NotNull String agentPhone, @NotNull ListenMode mode, String reason);
}
