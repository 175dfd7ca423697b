package org.hotline.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The chain's arithmetic, pure so it is tested without a database: an entry's link is the HMAC-SHA256, under the audit
 * key ({@link AuditKey}, kept outside the database), of the previous entry's link and every field of the entry, each
 * written as its length, a colon and its UTF-8 text, so that no two different entries can be written the same way.
 * Times count to the microsecond, as the database keeps them.
 *
 * <p>Before the key, a link was the plain SHA-256 of the same text ({@link #unkeyedHash}): anyone who could write the
 * table could recompute it. It is kept only to check the old chain once, when the upgrade re-links it with the key.
 */
public final class AuditChain {

    /** The hash the chain starts from. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    /** One entry's fields, as stored. */
    public record Link(
            long id,
            Instant at,
            String actor,
            String action,
            String targetType,
            String targetId,
            String reason,
            String detail,
            String previousHash,
            String hash) {}

    public static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    /** The keyed link of an entry: what {@link AuditTrail} stores and the verifier expects. */
    public static String hash(
            byte[] key,
            String previousHash,
            long id,
            Instant at,
            String actor,
            String action,
            String targetType,
            String targetId,
            String reason,
            String detail) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of()
                    .formatHex(mac.doFinal(
                            canonical(previousHash, id, at, actor, action, targetType, targetId, reason, detail)));
        } catch (GeneralSecurityException missingFromTheJdk) {
            throw new IllegalStateException(missingFromTheJdk);
        }
    }

    /** The link as it was before the key: only for checking an old chain while it is re-linked. */
    public static String unkeyedHash(
            String previousHash,
            long id,
            Instant at,
            String actor,
            String action,
            String targetType,
            String targetId,
            String reason,
            String detail) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(canonical(
                                    previousHash, id, at, actor, action, targetType, targetId, reason, detail)));
        } catch (NoSuchAlgorithmException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }

    private static byte[] canonical(
            String previousHash,
            long id,
            Instant at,
            String actor,
            String action,
            String targetType,
            String targetId,
            String reason,
            String detail) {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[] {
            previousHash, Long.toString(id), stored(at).toString(), actor, action, targetType, targetId, reason, detail
        }) {
            if (field == null) {
                canonical.append("-\n");
            } else {
                canonical
                        .append(field.getBytes(StandardCharsets.UTF_8).length)
                        .append(':')
                        .append(field)
                        .append('\n');
            }
        }
        return canonical.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The link it should carry, from its own fields: keyed, or the old unkeyed hash when {@code key} is null. */
    public static String expected(byte[] key, Link link) {
        return key == null
                ? unkeyedHash(
                        link.previousHash(),
                        link.id(),
                        link.at(),
                        link.actor(),
                        link.action(),
                        link.targetType(),
                        link.targetId(),
                        link.reason(),
                        link.detail())
                : hash(
                        key,
                        link.previousHash(),
                        link.id(),
                        link.at(),
                        link.actor(),
                        link.action(),
                        link.targetType(),
                        link.targetId(),
                        link.reason(),
                        link.detail());
    }

    /**
     * Walks links in order, as a verifier does, remembering only the last: it reports the first link that does not
     * follow (a gap in the numbers, a previous hash that is not the last one's, a hash that is not its fields').
     */
    public static final class Walk {
        private final byte[] key;
        private long lastId;
        private String lastHash = GENESIS;
        private long checked;
        private Break broken;

        /** A walk of the keyed chain. */
        public Walk(byte[] key) {
            this.key = java.util.Objects.requireNonNull(key, "the audit key is required");
        }

        private Walk() {
            this.key = null;
        }

        /** A walk of a chain written before the key, as the upgrade checks it once before re-linking it. */
        public static Walk unkeyed() {
            return new Walk();
        }

        /** @return false once the chain is broken (the rest need not be read) */
        public boolean next(Link link) {
            if (broken != null) {
                return false;
            }
            if (link.id() != lastId + 1) {
                broken = new Break(link.id(), "gap: entry " + (lastId + 1) + " is missing (next is " + link.id() + ")");
            } else if (!link.previousHash().equals(lastHash)) {
                broken = new Break(
                        link.id(),
                        "entry " + link.id() + " does not follow entry " + lastId + ": its previous hash differs");
            } else if (!link.hash().equals(expected(key, link))) {
                broken =
                        new Break(link.id(), "entry " + link.id() + " was changed: its hash does not match its fields");
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
                broken = new Break(
                        lastId + 1,
                        "the chain ends at entry " + lastId + " but its head names entry " + headId
                                + ": entries at the end are missing or the head was changed");
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
    public record Break(long entry, String what) {}
}
