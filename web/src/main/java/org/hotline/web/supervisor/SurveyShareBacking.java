package org.hotline.web.supervisor;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import org.hotline.common.BusinessException;
import org.hotline.survey.SurveyShare;
import org.hotline.web.faces.Messages;

/**
 * The satisfaction survey's share for supervisors: the percentage of answered calls whose callers the IVR asks to
 * rate the call, as it stands, and a new one. Saving redirects back (Post/Redirect/Get), so a reload or Back never
 * saves again.
 */
@Named
@RequestScoped
public class SurveyShareBacking {

    @EJB
    private SurveyShare surveys;

    private SurveyShare.Share share;
    private Integer percent;

    public SurveyShare.Share getShare() {
        if (share == null) {
            share = surveys.share();
        }
        return share;
    }

    public Integer getPercent() {
        return percent != null ? percent : getShare().percent();
    }

    public void setPercent(Integer percent) {
        this.percent = percent;
    }

    public void save() throws IOException {
        try {
            share = surveys.change(new SurveyShare.Share.Change(percent));
            Messages.info("survey.saved", share.percent());
        } catch (BusinessException refused) {
            Messages.error(null, refused.messageKey());
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/supervisor/survey.xhtml");
    }
}
