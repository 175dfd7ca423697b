package org.hotline.citizen;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** No citizen has this id. */
@Refusal(status = RefusalStatus.NOT_FOUND, type = "citizen-not-found")
public class CitizenNotFound extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CitizenNotFound(long id) {
        super("no citizen " + id);
    }

    @Override
    public String messageKey() {
        return "citizen.notFound";
    }
}
