package org.hotline.document;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** A registry action its rules refuse: no key to rotate, a key already revoked, no private key to sign with, … */
@Refusal(status = RefusalStatus.CONFLICT, type = "document-refused")
public class DocumentRefused extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DocumentRefused(String why) {
        super(why);
    }

    @Override
    public String messageKey() {
        return "document.refused";
    }
}
