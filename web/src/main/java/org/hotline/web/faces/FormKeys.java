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

/**
 * One-time keys (idempotency keys) for the forms that create something: a ticket, a complaint. Each form shown carries
 * a new key in a hidden field named {@value #FIELD}, and only the first submit of a key creates. A repeat of it (the
 * two posts of a double click arriving together, a page sent again) waits for the first and is given what the first
 * created, so it leads to the same place and creates nothing. A first submit that created nothing (its input was
 * refused) frees the key, so the corrected form can be sent.
 *
 * <p>The keys live in the user's session, so one session never sees what another created; the newest {@value #KEPT}
 * are kept. The outcomes are not serialized with the session: after a restart the views, and their keys, are gone
 * anyway.
 */
public final class FormKeys implements Serializable {

    /** The request parameter that carries the form's key. */
    public static final String FIELD = "formKey";

    private static final long serialVersionUID = 1L;
    private static final String ATTRIBUTE = FormKeys.class.getName();
    private static final int KEPT = 50;
    /** Longer than any creation takes; a repeat waiting longer is a fault worth a logged error. */
    private static final long PATIENCE_SECONDS = 120;

    private transient Map<String, CompletableFuture<Object>> outcomes;

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
    @SuppressWarnings("unchecked")
    public static <T extends Serializable> T once(String shownKey, Supplier<T> create) {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        String posted = context.getRequestParameterMap().get(FIELD);
        String key = posted == null || posted.isBlank() ? shownKey : posted;
        FormKeys keys = of(context);
        while (true) {
            CompletableFuture<Object> mine = new CompletableFuture<>();
            CompletableFuture<Object> first = keys.claim(key, mine);
            if (first == null) {
                return (T) keys.run(key, mine, create);
            }
            Object created = await(first);
            if (created != null) {
                return (T) created;
            }
            // the first created nothing and freed the key: this submit tries for itself, and says why if refused
        }
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
            outcomes = new LinkedHashMap<>(16, 0.75f, false) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<Object>> eldest) {
                    return size() > KEPT;
                }
            };
        }
        return outcomes.putIfAbsent(key, mine);
    }

    private synchronized void free(String key) {
        outcomes.remove(key);
    }

    private Object run(String key, CompletableFuture<Object> mine, Supplier<?> create) {
        Object created = null;
        try {
            created = create.get();
            return created;
        } finally {
            if (created == null) {
                free(key);
            }
            mine.complete(created);
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
