package org.hotline.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hotline.audit.AuditChain.Link;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final byte[] KEY = "a test audit key of thirty-two bytes!!".getBytes();
    private static final Instant T0 = Instant.parse("2026-11-26T09:00:00.123456789Z");

    /** A chain of n entries, as the trail appends them. */
    private static List<Link> chain(int n) {
        List<Link> links = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (long id = 1; id <= n; id++) {
            Instant at = AuditChain.stored(T0.plusSeconds(id));
            String reason = id % 2 == 0 ? "سبب مكتوب " + id : null;
            String hash = AuditChain.hash(
                    KEY, previous, id, at, "officer" + id, "COMPLAINT_VIEWED", "ticket", "10000" + id, reason, null);
            links.add(new Link(
                    id, at, "officer" + id, "COMPLAINT_VIEWED", "ticket", "10000" + id, reason, null, previous, hash));
            previous = hash;
        }
        return links;
    }

    private static AuditChain.Walk walk(List<Link> links, long headId, String headHash) {
        AuditChain.Walk walk = new AuditChain.Walk(KEY);
        for (Link link : links) {
            if (!walk.next(link)) {
                break;
            }
        }
        walk.end(headId, headHash);
        return walk;
    }

    private static AuditChain.Walk walk(List<Link> links, List<Link> original) {
        Link last = original.get(original.size() - 1);
        return walk(links, last.id(), last.hash());
    }

    @Test
    void anAppendedChainVerifies() {
        List<Link> links = chain(50);
        AuditChain.Walk walk = walk(links, links);
        assertNull(walk.broken());
        assertEquals(50, walk.checked());
    }

    @Test
    void anEditedEntryIsTheFirstBrokenLink() {
        List<Link> links = new ArrayList<>(chain(10));
        Link edited = links.get(6);
        links.set(
                6,
                new Link(
                        edited.id(),
                        edited.at(),
                        edited.actor(),
                        edited.action(),
                        edited.targetType(),
                        edited.targetId(),
                        "another reason",
                        edited.detail(),
                        edited.previousHash(),
                        edited.hash()));
        assertEquals(7, walk(links, chain(10)).broken().entry());
    }

    @Test
    void anEditWhoseHashWasRecomputedBreaksTheNextLink() {
        List<Link> links = new ArrayList<>(chain(10));
        Link edited = links.get(3);
        String forged = AuditChain.hash(
                KEY,
                edited.previousHash(),
                edited.id(),
                edited.at(),
                "someone else",
                edited.action(),
                edited.targetType(),
                edited.targetId(),
                edited.reason(),
                edited.detail());
        links.set(
                3,
                new Link(
                        edited.id(),
                        edited.at(),
                        "someone else",
                        edited.action(),
                        edited.targetType(),
                        edited.targetId(),
                        edited.reason(),
                        edited.detail(),
                        edited.previousHash(),
                        forged));
        assertEquals(5, walk(links, chain(10)).broken().entry(), "the next entry no longer follows");
    }

    @Test
    void aDeletedEntryIsAGapAndADeletedLastEntryDisagreesWithTheHead() {
        List<Link> links = new ArrayList<>(chain(10));
        links.remove(4);
        AuditChain.Walk gap = walk(links, chain(10));
        assertEquals(6, gap.broken().entry());
        assertTrue(gap.broken().what().contains("gap"), gap.broken().what());

        List<Link> truncated = new ArrayList<>(chain(10));
        truncated.remove(9);
        assertEquals(10, walk(truncated, chain(10)).broken().entry());
    }

    @Test
    void reorderedEntriesAreBroken() {
        List<Link> links = new ArrayList<>(chain(10));
        Link third = links.get(2);
        Link fourth = links.get(3);
        // the rows swap places: each keeps its fields but takes the other's number
        links.set(
                2,
                new Link(
                        3,
                        fourth.at(),
                        fourth.actor(),
                        fourth.action(),
                        fourth.targetType(),
                        fourth.targetId(),
                        fourth.reason(),
                        fourth.detail(),
                        fourth.previousHash(),
                        fourth.hash()));
        links.set(
                3,
                new Link(
                        4,
                        third.at(),
                        third.actor(),
                        third.action(),
                        third.targetType(),
                        third.targetId(),
                        third.reason(),
                        third.detail(),
                        third.previousHash(),
                        third.hash()));
        assertEquals(3, walk(links, chain(10)).broken().entry());
        List<Link> shuffled = new ArrayList<>(chain(10));
        Collections.swap(shuffled, 5, 6);
        assertEquals(7, walk(shuffled, chain(10)).broken().entry());
    }

    @Test
    void fieldsCannotBeShiftedIntoOneAnotherAndTimesCountToTheMicrosecond() {
        assertNotEquals(
                AuditChain.hash(KEY, "0", 1, T0, "ab", "c", "t", "1", null, null),
                AuditChain.hash(KEY, "0", 1, T0, "a", "bc", "t", "1", null, null));
        assertNotEquals(
                AuditChain.hash(KEY, "0", 1, T0, "a", "b", "t", "1", null, null),
                AuditChain.hash(KEY, "0", 1, T0, "a", "b", "t", "1", "", null),
                "no reason differs from an empty one");
        assertEquals(
                AuditChain.hash(KEY, "0", 1, T0, "a", "b", "t", "1", null, null),
                AuditChain.hash(KEY, "0", 1, T0.plusNanos(100), "a", "b", "t", "1", null, null));
    }

    @Test
    void anEditRewrittenWithTheUnkeyedHashOrAnotherKeyIsBroken() {
        List<Link> links = new ArrayList<>(chain(10));
        Link edited = links.get(3);
        String unkeyed = AuditChain.unkeyedHash(
                edited.previousHash(),
                edited.id(),
                edited.at(),
                "someone else",
                edited.action(),
                edited.targetType(),
                edited.targetId(),
                edited.reason(),
                edited.detail());
        links.set(
                3,
                new Link(
                        edited.id(),
                        edited.at(),
                        "someone else",
                        edited.action(),
                        edited.targetType(),
                        edited.targetId(),
                        edited.reason(),
                        edited.detail(),
                        edited.previousHash(),
                        unkeyed));
        AuditChain.Walk walk = walk(links, chain(10));
        assertEquals(4, walk.broken().entry());
        assertTrue(walk.broken().what().contains("changed"), walk.broken().what());

        byte[] otherKey = "another key of thirty-two bytes, not ours".getBytes();
        List<Link> forged = new ArrayList<>(chain(10));
        String otherLink = AuditChain.hash(
                otherKey,
                edited.previousHash(),
                edited.id(),
                edited.at(),
                "someone else",
                edited.action(),
                edited.targetType(),
                edited.targetId(),
                edited.reason(),
                edited.detail());
        forged.set(
                3,
                new Link(
                        edited.id(),
                        edited.at(),
                        "someone else",
                        edited.action(),
                        edited.targetType(),
                        edited.targetId(),
                        edited.reason(),
                        edited.detail(),
                        edited.previousHash(),
                        otherLink));
        assertEquals(4, walk(forged, chain(10)).broken().entry());
    }

    @Test
    void theOldUnkeyedChainIsCheckedByItsOwnArithmetic() {
        String previous = AuditChain.GENESIS;
        AuditChain.Walk walk = AuditChain.Walk.unkeyed();
        for (long id = 1; id <= 3; id++) {
            Instant at = AuditChain.stored(T0.plusSeconds(id));
            String hash = AuditChain.unkeyedHash(previous, id, at, "a", "b", "t", "1", null, null);
            assertTrue(walk.next(new Link(id, at, "a", "b", "t", "1", null, null, previous, hash)));
            previous = hash;
        }
        walk.end(3, previous);
        assertNull(walk.broken());
    }
}
