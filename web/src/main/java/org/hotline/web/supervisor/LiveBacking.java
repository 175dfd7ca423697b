package org.hotline.web.supervisor;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.hotline.pbx.AgentState;
import org.hotline.pbx.LiveBoard;
import org.hotline.pbx.PauseReason;
import org.hotline.web.faces.ClientTexts;
import org.hotline.web.faces.Messages;

/** The words of the supervisors' live view, for hotline-live.js; the picture itself is pushed over /push/live. */
@Named
@RequestScoped
public class LiveBacking {

    @EJB
    private LiveBoard board;

    public String getTextsJson() {
        ClientTexts texts = new ClientTexts()
                .each("agentState.", AgentState.values())
                .each("pause.", PauseReason.values())
                .keys(java.util.List.of(
                        "live.pbxDown",
                        "live.none",
                        "live.seconds",
                        "live.minutes",
                        "live.listen",
                        "live.listenLabel"));
        for (String queue : board.queueNames()) {
            texts.put("queue." + queue, Messages.textOr("queue." + queue, queue));
        }
        return texts.json();
    }
}
