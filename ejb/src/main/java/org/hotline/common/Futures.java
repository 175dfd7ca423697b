package org.hotline.common;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work handed to the container's managed executor, as if it had been done on the waiting thread. */
public final class Futures {

    private Futures() {}

    /** The task's result, or what it threw (a runtime exception or an error as such, anything else wrapped). */
    public static <T> T join(Future<T> task) {
        try {
            return task.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for a task");
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException thrown) {
                throw thrown;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(failed.getCause());
        }
    }

    /**
     * Nobody waits for the task any more (the answer is made, or has failed): it need not start. One that runs is not
     * interrupted, since an interrupt during a read of an index or a socket would close the channel for everyone.
     */
    public static void cancel(Future<?> task) {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** Waits until the task has ended, whatever its outcome (what it uses may then be released). */
    public static void awaitQuietly(Future<?> task) {
        boolean interrupted = false;
        while (!task.isDone()) {
            try {
                task.get();
            } catch (InterruptedException again) {
                interrupted = true;
            } catch (ExecutionException | CancellationException ended) {
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
