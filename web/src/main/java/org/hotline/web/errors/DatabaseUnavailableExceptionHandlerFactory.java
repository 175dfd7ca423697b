package org.hotline.web.errors;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.util.Iterator;
import org.hotline.web.faces.Messages;
import org.jboss.logging.Logger;

/**
 * Pages while the database is out of reach ({@link DatabaseUnavailable}): never a 500 or a stack trace.
 *
 * <ul>
 * <li>A form sent (a postback) whose action failed: the same page again, with what the user typed still in its
 * fields and, at the top, that nothing was saved and to send it again in a minute. A full-page post is answered 503
 * with {@code Retry-After}; an ajax one 200, so that PrimeFaces updates the page with the message.</li>
 * <li>A page that could not be shown (a view action or the rendering failed): 503 with {@code Retry-After}, shown by
 * the error page {@code /errors/unavailable.xhtml} (web.xml); an ajax request is sent there.</li>
 * </ul>
 * It wraps PrimeFaces' handler (faces-config.xml), which keeps every other failure.
 */
public class DatabaseUnavailableExceptionHandlerFactory extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableExceptionHandlerFactory.class);
    static final String PAGE = "/errors/unavailable.xhtml";

    public DatabaseUnavailableExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            boolean answered = false;
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                ExceptionQueuedEventContext queued = events.next().getContext();
                if (DatabaseUnavailable.among(queued.getException())) {
                    events.remove();
                    if (!answered) {
                        LOG.warnf(
                                "Page answered as unavailable, the database is out of reach: %s",
                                queued.getException());
                        answer(context, queued.getPhaseId());
                        answered = true;
                    }
                }
            }
            getWrapped().handle();
        }

        private static void answer(FacesContext context, PhaseId phase) {
            ExternalContext external = context.getExternalContext();
            boolean ajax = context.getPartialViewContext().isAjaxRequest();
            if (context.isPostback() && phase != PhaseId.RENDER_RESPONSE && !context.getResponseComplete()) {
                Messages.error(null, "unavailable.notSaved");
                if (!ajax) {
                    external.setResponseStatus(503);
                    external.setResponseHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
                }
                context.renderResponse();
                return;
            }
            try {
                if (!external.isResponseCommitted()) {
                    external.responseReset();
                }
                if (ajax) {
                    external.redirect(external.getRequestContextPath() + PAGE);
                } else if (!external.isResponseCommitted()) {
                    external.setResponseHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
                    external.responseSendError(503, null);
                }
            } catch (IOException failed) {
                throw new FacesException(failed);
            }
            context.responseComplete();
        }
    }
}
