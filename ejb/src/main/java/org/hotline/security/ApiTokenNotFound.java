package org.hotline.security;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** No API token has this id. */
@Refusal(status = RefusalStatus.NOT_FOUND, type = "api-token-not-found")
public class ApiTokenNotFound extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ApiTokenNotFound(long id) {
        super("no API token " + id);
    }

    @Override
    public String messageKey() {
        return "apiToken.notFound";
    }
}
