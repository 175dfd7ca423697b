package org.hotline.common;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a request read from the database and the next requests may believe for a short while, instead of reading it
 * again each time: for data read on every request and changed rarely (a checked API token, the holidays).
 *
 * <p>A change made on this node is seen at once: its transaction's end calls {@link #forgetAll}. A change made
 * elsewhere (another node, a restore) is seen after at most {@code believedFor}. A read that was under way while a
 * change ended is not kept, since it may have read the database before the change: the caller takes {@link
 * #generation()} before reading and hands it back to {@link #keep}, which keeps nothing when a change ended in between.
 * At most {@code most} entries are kept; beyond that everything is forgotten, so that the memory stays bounded.
 */
public final class RecentReads<K, V> {

    private record Entry<V>(V value, Instant until) {}

    private final Duration believedFor;
    private final int most;
    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    public RecentReads(Duration believedFor, int most) {
        this.believedFor = believedFor;
        this.most = most;
    }

    /** The value kept for the key, unless it was kept too long ago. */
    public Optional<V> recent(K key, Instant now) {
        Entry<V> entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!now.isBefore(entry.until())) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    /** To be taken before reading what {@link #keep} will be given. */
    public long generation() {
        return generation.get();
    }

    /**
     * Keeps what was read at {@code now}, believed until {@code believedFor} later or {@code validUntil} (null: no
     * limit of its own), whichever comes first; nothing is kept when a change ended after {@code readAtGeneration}.
     */
    public void keep(K key, V value, Instant now, Instant validUntil, long readAtGeneration) {
        Instant until = now.plus(believedFor);
        if (validUntil != null && validUntil.isBefore(until)) {
            until = validUntil;
        }
        if (entries.size() >= most) {
            entries.clear();
        }
        entries.put(key, new Entry<>(value, until));
        if (generation.get() != readAtGeneration) {
            entries.remove(key); // a change ended while it was read: what was read may be the state before it
        }
    }

    /** A change ended: nothing kept is believed any more, nor kept from a read under way. */
    public void forgetAll() {
        generation.incrementAndGet();
        entries.clear();
    }
}
