package org.hotline.common;

/** A ticket names an e-service, team, agent or citizen that does not exist. */
@Refusal(status = RefusalStatus.BAD_REQUEST, type = "unknown-reference")
public class UnknownReference extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public UnknownReference(String field, String value) {
        super("unknown " + field + ": " + value);
        this.field = field;
    }

    /** The name of the field that holds the unknown value, as the API and the form call it. */
    @Override
    public String field() {
        return field;
    }

    @Override
    public String messageKey() {
        return "ticket.unknown." + field;
    }
}
