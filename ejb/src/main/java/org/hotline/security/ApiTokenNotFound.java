package org.hotline.security;

import org.hotline.common.BusinessException;

/** No API token has this id. */
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
