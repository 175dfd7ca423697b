package org.hotline.common;

/**
 * A value typed by a person breaks a rule of the record it would become (a subject too long, a username in the wrong
 * form). The pages and the API check most rules before, field by field; this is the domain's own guard, so a value
 * that slips past them (a space the validator does not count as one) is refused as the client's mistake, not taken
 * for a bug.
 */
@Refusal(status = RefusalStatus.BAD_REQUEST, type = "invalid-input")
public class InvalidInput extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidInput(String field, String rule) {
        super(field + ": " + rule);
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public String messageKey() {
        return "input.invalid";
    }
}
