package org.hotline.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Slows password guessing without letting anyone lock an account: a try that comes too soon after failures is
 * refused before any password is hashed, and the wait grows with the failures but never past a few minutes.
 *
 * <p>Three budgets, each a {@link Backoff}:
 * <ul>
 * <li>per address and account together ({@link #PAIR}): a guesser at one account from one address;</li>
 * <li>per address ({@link #ADDRESS}): one address spraying many accounts;</li>
 * <li>per account ({@link #ACCOUNT}): many addresses at one account.</li>
 * </ul>
 * An address that has signed in to an account successfully (a known pair, remembered for {@link #KNOWN_FOR}) is exempt
 * from the address and account budgets for that account, so a stranger's failures, which spend those budgets, do not
 * keep the real user out; only the pair's own failures slow it. Budgets are keyed by the name as typed (trimmed, lower
 * case), whether or not such an account exists, so the throttle tells nobody which names are real.
 *
 * <p>A try that is let through is counted as a failure at once and taken back if it succeeds, so a burst of
 * concurrent tries cannot all pass the check before the first failure is recorded. The state is in this server's
 * memory: a restart forgets it (the budgets start again, the known pairs too), and each node of a cluster keeps its
 * own.
 */
@ApplicationScoped
public class SignInThrottle {

    public static final Backoff PAIR =
            new Backoff(5, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofHours(1));
    public static final Backoff ADDRESS =
            new Backoff(30, Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofHours(1));
    public static final Backoff ACCOUNT =
            new Backoff(10, Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofHours(1));
    public static final Duration KNOWN_FOR = Duration.ofDays(30);
    /** Records kept per budget before stale ones are dropped; those that slow nothing go first when still over. */
    static final int MAX_RECORDS = 100_000;

    private final Map<String, Backoff.Record> pairs = new HashMap<>();
    private final Map<String, Backoff.Record> addresses = new HashMap<>();
    private final Map<String, Backoff.Record> accounts = new HashMap<>();
    private final Map<String, Instant> known = new HashMap<>();

    /** What the throttle said of one try: let through, or refused for this long. */
    public record Verdict(Duration retryAfter) {

        static final Verdict PASS = new Verdict(Duration.ZERO);

        public boolean passed() {
            return retryAfter.isZero();
        }
    }

    /**
     * Lets a sign-in try through, charging it as a failure in advance, or refuses it with the wait. A try let through
     * must be followed by {@link #succeeded} when the password was right.
     */
    public synchronized Verdict tryPassword(String address, String username, Instant now) {
        String account = account(username);
        String pair = pair(address, account);
        boolean knownPair = isKnown(pair, now);
        Duration wait = waitOf(pairs, PAIR, pair, now);
        if (!knownPair) {
            wait = max(wait, waitOf(addresses, ADDRESS, address, now));
            wait = max(wait, waitOf(accounts, ACCOUNT, account, now));
        }
        if (!wait.isZero()) {
            return new Verdict(wait);
        }
        charge(pairs, PAIR, pair, now);
        if (!knownPair) {
            charge(addresses, ADDRESS, address, now);
            charge(accounts, ACCOUNT, account, now);
        }
        return Verdict.PASS;
    }

    /**
     * The right password: the pair's and the account's failures are forgotten, the address's advance charge taken
     * back (not its other failures: an insider who signs in to their own account between guesses at others gains
     * nothing), and the pair is known from now on.
     */
    public synchronized void succeeded(String address, String username, Instant now) {
        String account = account(username);
        String pair = pair(address, account);
        boolean wasKnown = isKnown(pair, now);
        pairs.remove(pair);
        accounts.remove(account);
        if (!wasKnown) {
            refund(addresses, address);
        }
        if (known.size() >= MAX_RECORDS) {
            known.values().removeIf(at -> !now.isBefore(at.plus(KNOWN_FOR)));
        }
        if (known.size() < MAX_RECORDS) {
            known.put(pair, now);
        }
    }

    /**
     * A try let through that got no verdict (the database was out of reach): its advance charge is taken back, so
     * that an outage does not leave every account and address waiting once it is over.
     */
    public synchronized void unjudged(String address, String username, Instant now) {
        String account = account(username);
        String pair = pair(address, account);
        refund(pairs, pair);
        if (!isKnown(pair, now)) {
            refund(addresses, address);
            refund(accounts, account);
        }
    }

    private static void refund(Map<String, Backoff.Record> records, String key) {
        records.computeIfPresent(
                key,
                (k, record) -> record.failures() <= 1
                        ? null
                        : new Backoff.Record(record.failures() - 1, record.lastFailure()));
    }

    /**
     * A credential that names no account (an API token): only the address budget applies, and only refused tokens
     * spend it ({@link #tokenRefused}). Unlike a password, a token is not charged in advance: a 256-bit token cannot be
     * guessed, so a burst of concurrent guesses gains nothing, while an integration's concurrent good requests must
     * never add up to a wait. The budget bounds how fast refusals reach the audit log.
     */
    public synchronized Verdict tryToken(String address, Instant now) {
        Duration wait = waitOf(addresses, ADDRESS, address, now);
        return wait.isZero() ? Verdict.PASS : new Verdict(wait);
    }

    public synchronized void tokenRefused(String address, Instant now) {
        charge(addresses, ADDRESS, address, now);
    }

    static String account(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static String pair(String address, String account) {
        return address + "\u0000" + account;
    }

    private boolean isKnown(String pair, Instant now) {
        Instant at = known.get(pair);
        return at != null && now.isBefore(at.plus(KNOWN_FOR));
    }

    private static Duration waitOf(Map<String, Backoff.Record> records, Backoff backoff, String key, Instant now) {
        Backoff.Record record = records.get(key);
        if (record == null || backoff.forgotten(record, now)) {
            return Duration.ZERO;
        }
        return record.waitAt(backoff, now);
    }

    private static void charge(Map<String, Backoff.Record> records, Backoff backoff, String key, Instant now) {
        if (records.size() >= MAX_RECORDS && !records.containsKey(key)) {
            records.values().removeIf(record -> backoff.forgotten(record, now));
            if (records.size() >= MAX_RECORDS) {
                records.values().removeIf(record -> record.failures() <= backoff.free());
            }
        }
        records.compute(
                key, (k, record) -> record == null ? new Backoff.Record(1, now) : record.failedAgain(backoff, now));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
