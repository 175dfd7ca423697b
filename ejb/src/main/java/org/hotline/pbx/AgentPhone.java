package org.hotline.pbx;

import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.hotline.ticket.TicketNumber;

/**
 * The signed-in agent's own phone, as the console and the API work it: its state as the PBX reports it, queue sign-in
 * and sign-out, pause with a reason, resume, and calling a ticket's citizen back. Agents only; the phone is always the
 * caller's own (the account's phone interface), never one named by the caller.
 *
 * <p>An action only asks the PBX: what the console shows next comes from the PBX's events, so a change made from the
 * phone itself shows the same way. An action refuses with {@link NoPhone} when the account has no phone on the PBX,
 * {@link PbxUnavailable} when no PBX is configured or connected, and {@link PbxRefused} when the PBX answers with an
 * error.
 */
public interface AgentPhone {

    /** The agent's phone as the PBX reports it; without a phone, a console that says so. */
    AgentConsole console();

    /**
     * Signs the phone in to exactly these queues: joins those it is not in, leaves the others.
     *
     * @throws UnknownQueue when one is not one of the hotline's queues
     */
    void signIn(@NotNull Set<String> queues);

    /** Leaves every queue. */
    void signOut();

    /** Pauses the phone in all its queues, with the reason the PBX records. */
    void pause(@NotNull PauseReason reason);

    void resume();

    /**
     * Calls the ticket's citizen back: the PBX rings the agent's phone first, then the citizen's number. The ticket's
     * timeline records the attempt, and how it ended when the PBX says.
     *
     * @throws NoNumberToCall when the ticket has no citizen with a phone number
     */
    void callBack(@NotNull TicketNumber number);
}
