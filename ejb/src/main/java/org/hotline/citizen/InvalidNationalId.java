package org.hotline.citizen;

import org.hotline.common.BusinessException;

/** What was typed as a national ID is not one: it has 4 to 32 letters or digits (spaces and dashes aside). */
public class InvalidNationalId extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidNationalId() {
        super("a national ID has 4 to 32 letters or digits");
    }

    @Override
    public String messageKey() {
        return "citizen.nationalId.invalid";
    }
}
