package org.hotline.document;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** No registered document, key or import has this identifier. */
@Refusal(status = RefusalStatus.NOT_FOUND, type = "document-not-found")
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
