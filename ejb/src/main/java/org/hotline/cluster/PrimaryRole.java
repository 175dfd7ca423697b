package org.hotline.cluster;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Whether this node is the cluster's primary now, and who wants to know when that changes.
 *
 * <p>The role is given and taken by {@link PrimaryElection} from WildFly's service container, which knows nothing of
 * CDI or EJB, and it may come before the application's beans exist; so it is held here, once per deployment (this
 * class is loaded by the deployment's class loader), and a listener is told the current role when it registers.
 * Listeners are called on the service container's thread: they hand their work to a managed executor and return.
 */
public final class PrimaryRole {

    private static final Logger LOG = Logger.getLogger(PrimaryRole.class);
    private static final AtomicBoolean PRIMARY = new AtomicBoolean();
    private static final List<Consumer<Boolean>> LISTENERS = new CopyOnWriteArrayList<>();

    private PrimaryRole() {}

    /** Whether this node does the once-per-cluster work now. */
    public static boolean isPrimary() {
        return PRIMARY.get();
    }

    /**
     * Calls {@code listener} with the current role at once, then with every change, until the returned registration
     * is closed.
     */
    public static Registration follow(Consumer<Boolean> listener) {
        LISTENERS.add(listener);
        listener.accept(PRIMARY.get());
        return () -> LISTENERS.remove(listener);
    }

    static void become(boolean primary, String why) {
        if (PRIMARY.getAndSet(primary) == primary) {
            return;
        }
        LOG.infof(primary ? "This node is now the primary (%s)" : "This node is no longer the primary (%s)", why);
        for (Consumer<Boolean> listener : LISTENERS) {
            try {
                listener.accept(primary);
            } catch (RuntimeException failed) {
                LOG.errorf(failed, "A follower of the primary role failed");
            }
        }
    }
}
