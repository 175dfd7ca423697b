package org.hotline.web.supervisor;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.hotline.common.BusinessException;
import org.hotline.pbx.ListenMode;
import org.hotline.pbx.ListenReason;
import org.hotline.pbx.ListenReasonRejected;
import org.hotline.pbx.Listening;
import org.hotline.web.faces.Messages;

/**
 * Listening to a live call from the supervisor's live view: the live table's button beside an agent on a call chooses
 * the call (hotline-live.js fills in the call and the agent's phone); the supervisor chooses how and writes why, and
 * their own phone rings. One call to {@link Listening} per use.
 */
@Named
@RequestScoped
public class ListenBacking {

    private static final String FORM = "listen";

    @EJB
    private Listening listening;

    private String call;
    private String agentPhone;
    private ListenMode mode = ListenMode.LISTEN;
    private String reason;
    private String phone;

    /** The supervisor's own phone, which the PBX rings; null without one. */
    public String getPhone() {
        if (phone == null) {
            phone = listening.phone().orElse("");
        }
        return phone.isEmpty() ? null : phone;
    }

    public ListenMode[] getModes() {
        return ListenMode.values();
    }

    public int getReasonMax() {
        return ListenReason.MAX;
    }

    public void start() {
        if (call == null || call.isBlank() || agentPhone == null || agentPhone.isBlank()) {
            Messages.error(null, "listen.chooseCall");
            return;
        }
        try {
            listening.listen(call.strip(), agentPhone.strip(), mode, reason);
            Messages.info("listen.ringing." + mode.name(), getPhone());
            reason = null;
        } catch (ListenReasonRejected rejected) {
            Messages.error(FORM + ":reason", rejected.messageKey(), ListenReason.MAX);
        } catch (BusinessException refused) {
            Messages.error(null, refused.messageKey());
        }
    }

    public String getCall() {
        return call;
    }

    public void setCall(String call) {
        this.call = call;
    }

    public String getAgentPhone() {
        return agentPhone;
    }

    public void setAgentPhone(String agentPhone) {
        this.agentPhone = agentPhone;
    }

    public ListenMode getMode() {
        return mode;
    }

    public void setMode(ListenMode mode) {
        this.mode = mode;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
