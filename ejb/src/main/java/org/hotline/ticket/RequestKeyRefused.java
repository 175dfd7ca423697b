package org.hotline.ticket;

import java.time.Duration;
import java.util.Optional;
import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** Why a ticket's creation with an idempotency key ({@code Idempotency-Key}) was refused; nothing was created. */
public abstract class RequestKeyRefused extends BusinessException {

    private static final long serialVersionUID = 1L;

    RequestKeyRefused(String message) {
        super(message);
    }

    @Override
    public String messageKey() {
        return "ticket.requestKeyRefused";
    }

    /** Not a key: empty, longer than 100 characters, or with characters other than visible ASCII. */
    @Refusal(status = RefusalStatus.BAD_REQUEST, type = "idempotency-key-invalid")
    public static class Invalid extends RequestKeyRefused {

        private static final long serialVersionUID = 1L;

        public Invalid() {
            super("an Idempotency-Key is 1 to 100 visible ASCII characters (a UUID, for example)");
        }
    }

    /** The key was used before by this caller for another request: a client's mistake that must not be papered over. */
    @Refusal(status = RefusalStatus.CONFLICT, type = "idempotency-key-reused")
    public static class Reused extends RequestKeyRefused {

        private static final long serialVersionUID = 1L;

        public Reused(String number) {
            super("this Idempotency-Key created ticket " + number
                    + " from another request; a new request needs a new key");
        }
    }

    /** The same key's first request is being answered right now; this repeat gets its ticket when asked again. */
    @Refusal(status = RefusalStatus.CONFLICT, type = "idempotency-key-in-use")
    public static class InUse extends RequestKeyRefused {

        private static final long serialVersionUID = 1L;

        public InUse() {
            super("a request with this Idempotency-Key is being answered; send it again in a moment");
        }

        @Override
        public Optional<Duration> retryAfter() {
            return Optional.of(Duration.ofSeconds(1));
        }
    }
}
