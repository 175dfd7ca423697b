package org.hotline.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash chain's arithmetic, pure so it is tested without a database: an entry's hash is the SHA-256 of the
 * previous entry's hash and every field of the entry, each written as its length, a colon and its UTF-8 text, so that
 * no two different entries can be written the same way. Times count to the microsecond, as the database keeps them.
 */
public final class AuditChain {

    /** The hash the chain starts from. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** One entry's fields, as stored. */
    public record Link(long id, Instant at, String actor, String action, String targetType, String targetId,
            String reason, String detail, String previousHash, String hash) {
    }

    public static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public static String hash(String previousHash, long id, Instant at, String actor, String action, String targetType,
            String targetId, String reason, String detail) {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[] {previousHash, Long.toString(id), stored(at).toString(), actor, action,
            targetType, targetId, reason, detail}) {
            if (field == null) {
                canonical.append("-\n");
            } else {
                canonical.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field).append('\n');
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }

    /** The hash the link should carry, from its own fields. */
    public static String expected(Link link) {
        return hash(link.previousHash(), link.id(), link.at(), link.actor(), link.action(), link.targetType(),
                link.targetId(), link.reason(), link.detail());
    }

    /**
     * Walks links in order, as a verifier does, remembering only the last: it reports the first link that does not
     * follow (a gap in the numbers, a previous hash that is not the last one's, a hash that is not its fields').
     */
    public static final class Walk {
        private long lastId;
        private String lastHash = GENESIS;
        private long checked;
        private Break broken;

        /** @return false once the chain is broken (the rest need not be read) */
        public boolean next(Link link) {
            if (broken != null) {
                return false;
            }
            if (link.id() != lastId + 1) {
                broken = new Break(link.id(), "gap: entry " + (lastId + 1) + " is missing (next is " + link.id() + ")");
            } else if (!link.previousHash().equals(lastHash)) {
                broken = new Break(link.id(), "entry " + link.id() + " does not follow entry " + lastId
                        + ": its previous hash differs");
            } else if (!link.hash().equals(expected(link))) {
                broken = new Break(link.id(), "entry " + link.id() + " was changed: its hash does not match its fields");
            } else {
                lastId = link.id();
                lastHash = link.hash();
                checked++;
                return true;
            }
            return false;
        }

        /** After the last link: the head must name the last entry, or entries at the end were removed. */
        public void end(long headId, String headHash) {
            if (broken == null && (headId != lastId || !headHash.equals(lastHash))) {
                broken = new Break(lastId + 1, "the chain ends at entry " + lastId + " but its head names entry "
                        + headId + ": entries at the end are missing or the head was changed");
            }
        }

        public long checked() {
            return checked;
        }

        public Break broken() {
            return broken;
        }
    }

    /** Where and how the chain is broken. */
    public record Break(long entry, String what) {
    }
}
