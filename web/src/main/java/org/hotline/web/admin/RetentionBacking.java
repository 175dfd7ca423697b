package org.hotline.web.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.hotline.common.BusinessException;
import org.hotline.retention.Retention;
import org.hotline.retention.RunView;
import org.hotline.web.faces.Messages;

/** The administrators' retention report: the periods in force, the runs (the latest first), and a run now. */
@Named
@RequestScoped
public class RetentionBacking {

    @EJB
    private Retention retention;

    private Retention.Policy policy;
    private List<RunView> runs;

    /** The real run, asked for through the confirmation dialog (it erases identities and recordings for good). */
    public void runNow() throws IOException {
        run(false);
    }

    public void dryRun() throws IOException {
        run(true);
    }

    /**
     * Runs, then sends the browser back to the page by a redirect, its outcome carried in the flash: a reload or Back
     * then asks for the report again and never starts another run.
     */
    private void run(boolean dry) throws IOException {
        try {
            RunView run = retention.runNow(dry);
            Messages.info(
                    dry ? "retention.dryRunDone" : "retention.runDone",
                    run.complaintsAnonymised(),
                    run.recordingsRemoved(),
                    run.failures());
        } catch (BusinessException refused) {
            Messages.error(null, refused.messageKey());
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/admin/retention.xhtml");
    }

    public Retention.Policy getPolicy() {
        if (policy == null) {
            policy = retention.policy();
        }
        return policy;
    }

    public List<RunView> getRuns() {
        if (runs == null) {
            runs = retention.runs();
        }
        return runs;
    }
}
