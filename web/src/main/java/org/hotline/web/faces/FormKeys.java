package org.hotline.web.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * One-time keys (idempotency keys) for the forms that create something: a ticket, a complaint. Each form shown carries
 * a new key in a hidden field named {@value #FIELD}, and only the first submit of a key creates. A repeat of it (the
 * two posts of a double click arriving together, a page sent again) waits for the first and is given what the first
 * created, so it leads to the same place and creates nothing. A first submit that created nothing (its input was
 * refused) frees the key, so the corrected form can be sent.
 *
 * <p>The keys live in the user's session, so one session never sees what another created; the newest {@value #KEPT}
 * are kept. What each key created is kept with the session, so in a cluster, where the session is replicated to the
 * other node, a form sent again after its node died (Back, then the same form submitted) is recognised there too; a
 * submit still running when its node died is not, since its node had not yet told the other what it created.
 *
 * <p>What the session keeps may be less than what was created: a complaint's receipt is kept without its PIN
 * ({@link #once(String, Supplier, UnaryOperator)}), so no copy of a session (another node's, a session store's)
 * ever holds one. A repeat on the node that created it gets the whole receipt from that node's memory.
 */
public final class FormKeys implements Serializable {

    /** The request parameter that carries the form's key. */
    public static final String FIELD = "formKey";

    private static final long serialVersionUID = 1L;
    private static final String ATTRIBUTE = FormKeys.class.getName();
    private static final int KEPT = 50;
    /** Longer than any creation takes; a repeat waiting longer is a fault worth a logged error. */
    private static final long PATIENCE_SECONDS = 120;

    /** The submits of each key on this node, running or done, with the whole of what they created. */
    private transient Map<String, CompletableFuture<Object>> outcomes;
    /**
     * What each key's first submit created, kept with the session (replicated in a cluster). Made when first needed:
     * a session written by a version without it reads it back as null.
     */
    private Newest<Serializable> created;

    /** The newest {@value #KEPT} entries. */
    private static final class Newest<V> extends LinkedHashMap<String, V> {

        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
            return size() > KEPT;
        }
    }

    private FormKeys() {}

    /** A new key, for a form about to be shown. */
    public static String newKey() {
        return UUID.randomUUID().toString();
    }

    /**
     * Runs {@code create} for the first submit of the posted key (or of {@code shownKey} when the post carries none)
     * and returns what it created, or null when it created nothing. A repeat of the key returns what the first
     * created without running {@code create}.
     */
    public static <T extends Serializable> T once(String shownKey, Supplier<T> create) {
        return once(shownKey, create, UnaryOperator.identity());
    }

    /**
     * {@link #once(String, Supplier)}, keeping in the session only {@code kept} of what was created: a repeat served
     * from the session (on another node of a cluster) is given that part.
     */
    public static <T extends Serializable> T once(String shownKey, Supplier<T> create, UnaryOperator<T> kept) {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        String posted = context.getRequestParameterMap().get(FIELD);
        String key = posted == null || posted.isBlank() ? shownKey : posted;
        return of(context).submit(key, create, kept);
    }

    /** {@link #once} with this session's keys and the key it was sent with. */
    <T extends Serializable> T submit(String key, Supplier<T> create) {
        return submit(key, create, UnaryOperator.identity());
    }

    @SuppressWarnings("unchecked")
    <T extends Serializable> T submit(String key, Supplier<T> create, UnaryOperator<T> kept) {
        while (true) {
            CompletableFuture<Object> mine = new CompletableFuture<>();
            CompletableFuture<Object> first = claim(key, mine);
            if (first == null) {
                return run(key, mine, create, kept);
            }
            Object made = await(first);
            if (made != null) {
                return (T) made;
            }
            // the first created nothing and freed the key: this submit tries for itself, and says why if refused
        }
    }

    /** A session's keys before its first form: for the tests, which have no Faces context. */
    static FormKeys empty() {
        return new FormKeys();
    }

    /**
     * The session's keys, made by the first form sent. One lock for every session, held only for that look-up: a
     * session's object is not promised to be the same in two requests, so it is not what two requests can lock on.
     */
    private static FormKeys of(ExternalContext context) {
        context.getSession(true);
        synchronized (FormKeys.class) {
            return (FormKeys) context.getSessionMap().computeIfAbsent(ATTRIBUTE, name -> new FormKeys());
        }
    }

    private synchronized CompletableFuture<Object> claim(String key, CompletableFuture<Object> mine) {
        if (outcomes == null) {
            outcomes = new Newest<>(); // after the session came from another node: only what was created is known
        }
        if (created == null) {
            created = new Newest<>();
        }
        CompletableFuture<Object> here = outcomes.get(key);
        if (here != null) {
            return here; // made on this node: the whole of it
        }
        Serializable before = created.get(key);
        if (before != null) {
            return CompletableFuture.completedFuture(before);
        }
        outcomes.put(key, mine);
        return null;
    }

    private synchronized void remember(String key, Serializable what) {
        if (created == null) {
            created = new Newest<>();
        }
        created.put(key, what);
    }

    private synchronized void free(String key) {
        outcomes.remove(key);
    }

    private <T extends Serializable> T run(
            String key, CompletableFuture<Object> mine, Supplier<T> create, UnaryOperator<T> kept) {
        T made = null;
        try {
            made = create.get();
            return made;
        } finally {
            if (made == null) {
                free(key);
            } else {
                remember(key, kept.apply(made));
            }
            mine.complete(made);
        }
    }

    private static Object await(CompletableFuture<Object> first) {
        try {
            return first.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(
                    "interrupted while a repeated form waited for its first submit", interrupted);
        } catch (ExecutionException | TimeoutException failed) {
            throw new IllegalStateException("a repeated form's first submit did not finish", failed);
        }
    }
}
