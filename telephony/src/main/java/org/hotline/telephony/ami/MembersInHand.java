package org.hotline.telephony.ami;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.asteriskjava.manager.event.AgentCompleteEvent;
import org.asteriskjava.manager.event.AgentConnectEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.jboss.logging.Logger;

/**
 * Which call each queue member has in hand, from the PBX's own answers (AgentConnect), so that an agent's completion
 * that comes without the call's ids is matched to its call by what it does carry: the queue and the member. Asterisk 22
 * sent one such {@code AgentComplete} (only Queue, MemberName, HoldTime, TalkTime and Reason) in a burst of 50 calls.
 *
 * <p>Runs on Asterisk-Java's event thread, before translation; a completion that cannot be matched is counted (the
 * health check shows it) and logged, never silently dropped.
 */
final class MembersInHand {

    private static final Logger LOG = Logger.getLogger(MembersInHand.class);
    /** More members than any hotline has: a guard against a PBX that never completes what it connects. */
    private static final int MOST_MEMBERS = 10_000;

    private final Map<String, String> linkedidByMember = new ConcurrentHashMap<>();
    private final AtomicLong unmatched = new AtomicLong();

    /** Notes an answer, or fills in the call of an agent's completion that lacks it; other events pass untouched. */
    void fillIn(ManagerEvent event) {
        if (event instanceof AgentConnectEvent connect && connect.getLinkedId() != null) {
            if (linkedidByMember.size() < MOST_MEMBERS) {
                linkedidByMember.put(key(connect.getQueue(), connect.getMemberName(), connect.getInterface()),
                        connect.getLinkedId());
            }
        } else if (event instanceof AgentCompleteEvent complete) {
            String key = key(complete.getQueue(), complete.getMemberName(), complete.getInterface());
            String inHand = linkedidByMember.remove(key);
            if (complete.getLinkedId() == null) {
                Optional.ofNullable(inHand).ifPresentOrElse(complete::setLinkedId, () -> {
                    long count = unmatched.incrementAndGet();
                    LOG.warnf("An AgentComplete without the call's ids (queue %s, member %s, talk %s s) matches no"
                            + " call that member has in hand; %d such fact(s) so far", complete.getQueue(),
                            complete.getMemberName(), complete.getTalkTime(), count);
                });
            }
        }
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
