package org.hotline.web.officer;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.hotline.common.BusinessException;
import org.hotline.common.BusinessTime;
import org.hotline.complaint.ComplaintHotspots;
import org.hotline.complaint.Hotspots;
import org.hotline.web.faces.Messages;

/** Where complaints concentrate over a period (the last 90 days at first); looking is audited, as is the export. */
@Named
@ViewScoped
public class HotspotsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ComplaintHotspots hotspots;

    private LocalDate to = LocalDate.now(BusinessTime.ZONE);
    private LocalDate from = to.minusDays(Hotspots.WINDOW_DAYS - 1);
    private Hotspots shown;

    public void show() {
        if (from == null || to == null) {
            Messages.error(from == null ? "period:from" : "period:to", "hotspots.dateRequired");
            return;
        }
        try {
            shown = hotspots.hotspots(from, to);
        } catch (BusinessException refused) {
            shown = null;
            Messages.error("period:to", refused.messageKey());
        }
    }

    public Hotspots getShown() {
        return shown;
    }

    /** The page writes it with the pages' one number format (Formats), in the digits of the rest of the page. */
    public int getThreshold() {
        return Hotspots.REPEAT_THRESHOLD;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
