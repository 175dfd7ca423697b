package org.hotline.document;

import org.hotline.common.BusinessException;

/** No registered document, key or import has this identifier. */
public class DocumentNotFound extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DocumentNotFound(String what) {
        super("not in the registry: " + what);
    }

    @Override
    public String messageKey() {
        return "document.notFound";
    }
}
