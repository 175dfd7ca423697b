package org.hotline.web.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
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

    public void runNow() {
        run(false);
    }

    public void dryRun() {
        run(true);
    }

    private void run(boolean dry) {
        try {
            RunView run = retention.runNow(dry);
            Messages.info(
                    dry ? "retention.dryRunDone" : "retention.runDone",
                    run.complaintsAnonymised(),
                    run.recordingsRemoved(),
                    run.failures());
            runs = null;
        } catch (BusinessException refused) {
            Messages.error(null, refused.messageKey());
        }
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
