package org.hotline.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How many recordings this node streams at once: each stream holds one of the container's request threads while it
 * writes (and while a slow or stalled player does not read), so at most {@value #IN_ALL} in all and {@value #PER_USER}
 * per user: a player asks for one range at a time (two at most while it seeks), so one user's many parallel requests
 * cannot take the threads the pages and the API need. A request past either bound is answered 503 at once, never
 * queued.
 */
@ApplicationScoped
public class RecordingStreams {

    static final int IN_ALL = 8;
    static final int PER_USER = 3;

    private final Semaphore all = new Semaphore(IN_ALL);
    private final ConcurrentHashMap<String, Integer> users = new ConcurrentHashMap<>();

    /** A place for one stream of this user's, to be closed when the stream ends; empty when there is none free. */
    public Optional<Slot> take(String user) {
        if (!all.tryAcquire()) {
            return Optional.empty();
        }
        boolean[] taken = {false};
        users.compute(user, (name, streams) -> {
            int now = streams == null ? 0 : streams;
            taken[0] = now < PER_USER;
            return taken[0] ? now + 1 : streams;
        });
        if (!taken[0]) {
            all.release();
            return Optional.empty();
        }
        return Optional.of(new Slot(user));
    }

    /** One stream's place; closing it more than once frees it once. */
    public final class Slot implements AutoCloseable {
        private final String user;
        private final AtomicBoolean open = new AtomicBoolean(true);

        private Slot(String user) {
            this.user = user;
        }

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                users.computeIfPresent(user, (name, streams) -> streams <= 1 ? null : streams - 1);
                all.release();
            }
        }
    }
}
