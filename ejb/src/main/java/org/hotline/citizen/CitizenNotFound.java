package org.hotline.citizen;

import org.hotline.common.BusinessException;

/** No citizen has this id. */
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
