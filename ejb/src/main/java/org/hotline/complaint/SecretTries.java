package org.hotline.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.hotline.common.ClientWindows;
import org.hotline.ticket.TicketNumber;
import org.jboss.logging.Logger;

/**
 * Tries at the secret behind a ticket number without an account: a complaint's receipt PIN on the follow-up, a
 * ticket's phone number on the citizen's status page. One store for both, so a guesser spends one budget whichever
 * door they knock at. Wrong secrets are counted per number in {@link FollowUpBackoff}: a few are free, then each next
 * try waits, doubling up to a cap, and a try during the wait is refused before anything is compared. Each client (a
 * web address, a caller's number) also has an hourly budget of wrong tries across all numbers, kept in memory
 * ({@link ClientWindows}). Runs in its caller's transaction, which holds the number's row locked until it ends.
 */
@ApplicationScoped
public class SecretTries {

    private static final Logger LOG = Logger.getLogger(SecretTries.class);

    /** A warning in the log at every this many wrong tries in a row for one number. */
    static final int GUESSING_NOTED_EVERY = 100;

    /** Every client's wrong tries on this server, within the last hour. */
    private static final ClientWindows BUDGET = new ClientWindows();

    private static final Duration BUDGET_WINDOW = Duration.ofHours(1);

    @Inject
    private FollowUpSettings settings;

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Starts one try at the number's secret by {@code client}: either it must wait ({@link Attempt#mustWait()}, said
     * before any comparison: waiting costs the server nothing), or the caller compares and then reports
     * {@link Attempt#wrong()} or {@link Attempt#right()}.
     */
    public Attempt begin(TicketNumber number, String client) {
        Instant now = clock.instant();
        // A client whose budget is spent does not even reach the database.
        Duration spent = BUDGET.take(client, settings.wrongTriesPerHour(), BUDGET_WINDOW, now);
        if (!spent.isZero()) {
            return new Attempt(null, null, number, spent);
        }
        FollowUpBackoff backoff = backoffOf(number);
        Duration wait = backoff.waitAt(now);
        if (!wait.isZero()) {
            BUDGET.giveBack(client); // nothing was compared
            return new Attempt(null, null, number, wait);
        }
        return new Attempt(backoff, client, number, Duration.ZERO);
    }

    /**
     * The number's row, made on its first try and locked for this one: tries for one number run one after another, so
     * parallel requests cannot slip past a wait. Keyed by the digits without leading zeros, which name the same
     * sequence and check alike. The upsert takes the row's exclusive lock at once (a plain insert-or-ignore would take
     * a shared one, and two tries could deadlock on upgrading it).
     */
    private FollowUpBackoff backoffOf(TicketNumber number) {
        String key = number.digits().replaceFirst("^0+(?=.)", "");
        em.createNativeQuery("INSERT INTO follow_up_backoff (receipt_number, failures) VALUES (?1, 0) "
                        + "ON DUPLICATE KEY UPDATE failures = failures")
                .setParameter(1, key)
                .executeUpdate();
        return em.find(FollowUpBackoff.class, key, LockModeType.PESSIMISTIC_WRITE);
    }

    /** One try under way: to wait, or to be told how the comparison went. */
    public final class Attempt {

        private final FollowUpBackoff backoff;
        private final String client;
        private final TicketNumber number;
        private final Duration wait;

        private Attempt(FollowUpBackoff backoff, String client, TicketNumber number, Duration wait) {
            this.backoff = backoff;
            this.client = client;
            this.number = number;
            this.wait = wait;
        }

        /** How long before the number (or this client) may try again; zero when the secret may be compared now. */
        public Duration mustWait() {
            return wait;
        }

        /** A wrong secret: counted, and the wait the number's next try must make (the wait starts with the answer). */
        public Duration wrong() {
            Duration next = backoff.wrongPin(clock.instant(), settings);
            if (backoff.getFailures() % GUESSING_NOTED_EVERY == 0) {
                LOG.warnf(
                        "%d wrong secrets in a row for one number (%s); someone may be guessing",
                        backoff.getFailures(), number.digits());
            }
            return next;
        }

        /** The right secret: the client's try did not count, and the number's count starts again. */
        public void right() {
            BUDGET.giveBack(client);
            backoff.rightPin();
        }
    }
}
