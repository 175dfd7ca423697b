package org.hotline.citizen;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** What was typed as a national ID is not one: it has 4 to 32 letters or digits (spaces and dashes aside). */
@Refusal(status = RefusalStatus.BAD_REQUEST, type = "invalid-national-id")
public class InvalidNationalId extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidNationalId() {
        super("a national ID has 4 to 32 letters or digits");
    }

    @Override
    public String messageKey() {
        return "citizen.nationalId.invalid";
    }

    @Override
    public String field() {
        return "nationalId";
    }
}
