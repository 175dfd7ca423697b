package org.hotline.web.supervisor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hotline.telephony.live.AgentState;
import org.hotline.telephony.live.TelephonySettings;
import org.hotline.telephony.agent.PauseReason;
import org.hotline.web.faces.ClientTexts;
import org.hotline.web.faces.Messages;

/** The words of the supervisors' live view, for hotline-live.js; the picture itself is pushed over /push/live. */
@Named
@RequestScoped
public class LiveBacking {

    @Inject
    private TelephonySettings telephony;

    public String getTextsJson() {
        ClientTexts texts = new ClientTexts().each("agentState.", AgentState.values())
                .each("pause.", PauseReason.values())
                .keys(java.util.List.of("live.pbxDown", "live.none", "live.seconds", "live.minutes"));
        for (String queue : telephony.queues()) {
            texts.put("queue." + queue, Messages.textOr("queue." + queue, queue));
        }
        return texts.json();
    }
}
