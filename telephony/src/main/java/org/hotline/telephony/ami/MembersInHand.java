package org.hotline.telephony.ami;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.asteriskjava.manager.event.AgentCompleteEvent;
import org.asteriskjava.manager.event.AgentConnectEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.jboss.logging.Logger;

/**
 * Which call each queue member has in hand, from the PBX's own answers (AgentConnect), so that an agent's completion
 * that comes without the call's ids is matched to its call by what it does carry: the queue and the member. Asterisk 22
 * sent one such {@code AgentComplete} (only Queue, MemberName, HoldTime, TalkTime and Reason) in a burst of 50 calls.
 *
 * <p>Runs on Asterisk-Java's event thread, before translation; a completion that cannot be matched is counted (the
 * health check shows it) and logged, never silently dropped. A member's call stops being in hand when it ends (the
 * Hangup of the call's own channel) or when the PBX, after a reconnect, no longer has it: a late completion then
 * matches nothing rather than rewrite a call that is over.
 */
final class MembersInHand {

    private static final Logger LOG = Logger.getLogger(MembersInHand.class);
    /** More members than any hotline has: a guard against a PBX that never completes what it connects. */
    private static final int MOST_MEMBERS = 10_000;

    /** A member's call in hand: its linkedid, and the member's interface (which an id-less completion also lacks). */
    private record InHand(String linkedid, String memberInterface) {}

    private final Map<String, InHand> byMember = new ConcurrentHashMap<>();
    private final AtomicLong unmatched = new AtomicLong();

    /** Notes an answer, or fills in the call of an agent's completion that lacks it; other events pass untouched. */
    void fillIn(ManagerEvent event) {
        if (event instanceof AgentConnectEvent connect && connect.getLinkedId() != null) {
            if (byMember.size() < MOST_MEMBERS) {
                byMember.put(
                        key(connect.getQueue(), connect.getMemberName(), connect.getInterface()),
                        new InHand(connect.getLinkedId(), connect.getInterface()));
            }
        } else if (event instanceof AgentCompleteEvent complete) {
            InHand inHand =
                    byMember.remove(key(complete.getQueue(), complete.getMemberName(), complete.getInterface()));
            if (complete.getLinkedId() == null) {
                if (inHand != null) {
                    complete.setLinkedId(inHand.linkedid());
                    if (complete.getInterface() == null) {
                        complete.setInterface(inHand.memberInterface());
                    }
                } else {
                    long count = unmatched.incrementAndGet();
                    LOG.warnf(
                            "An AgentComplete without the call's ids (queue %s, member %s, talk %s s) matches no"
                                    + " call that member has in hand; %d such fact(s) so far",
                            complete.getQueue(), complete.getMemberName(), complete.getTalkTime(), count);
                }
            }
        } else if (event instanceof HangupEvent hangup
                && AmiEventTranslator.isCallsOwn(hangup.getUniqueId(), hangup.getLinkedId())) {
            byMember.values().removeIf(inHand -> inHand.linkedid().equals(hangup.getLinkedId()));
        }
    }

    /** After a resync: only the calls the PBX still has stay in hand. */
    void keepOnly(Collection<String> linkedidsInProgress) {
        Set<String> live = Set.copyOf(linkedidsInProgress);
        byMember.values().removeIf(inHand -> !live.contains(inHand.linkedid()));
    }

    long unmatched() {
        return unmatched.get();
    }

    /** A member is its name where the PBX gives one (log_membername_as_agent), else its interface. */
    private static String key(String queue, String memberName, String memberInterface) {
        String member = memberName != null && !memberName.isBlank() ? memberName : memberInterface;
        return (queue == null ? "" : queue.toLowerCase(Locale.ROOT)) + "\u0000"
                + (member == null ? "" : member.toLowerCase(Locale.ROOT));
    }
}
