package org.hotline.common;

/**
 * Work that may fail for a passing reason (a deadlock, a lost database connection) is tried again a few times, each
 * pause a little longer (50 ms, 100 ms, …), before it is given up. Used on container threads that nobody waits on:
 * the callback tasks that follow the call log's writes. (The call log's own writes are tried again on the managed
 * scheduler instead, and held while the database is away: telephony's {@code WriteLanes}.)
 */
public final class Retries {

    private static final long PAUSE_MILLIS = 50;

    private Retries() {}

    /**
     * Runs {@code work} up to {@code attempts} times.
     *
     * @return null when it succeeded, else the last failure (the caller logs and counts it)
     */
    public static RuntimeException tryTimes(int attempts, Runnable work) {
        for (int attempt = 1; ; attempt++) {
            try {
                work.run();
                return null;
            } catch (RuntimeException failed) {
                if (attempt >= attempts) {
                    return failed;
                }
                try {
                    Thread.sleep(PAUSE_MILLIS * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return failed;
                }
            }
        }
    }
}
