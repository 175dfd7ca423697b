package org.hotline.web.push;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.security.Principal;
import org.hotline.pbx.LivePushes;
import org.hotline.security.PhoneDirectory;

/**
 * An agent's page listens here for screen pops, the call panel and the console's state. Only agents reach it (the
 * web.xml constraint on /push/agent); the session is registered under the signed-in user's name, which is all that
 * decides who receives what. On open it gets the console's current state.
 */
@ServerEndpoint("/push/agent")
public class AgentPushEndpoint {

    @Inject
    private PushHub hub;

    @EJB
    private PhoneDirectory phones;

    @EJB
    private LivePushes pushes;

    @OnOpen
    public void open(Session session) throws IOException {
        Principal user = session.getUserPrincipal();
        if (user == null) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "sign in first"));
            return;
        }
        hub.agentOpened(user.getName(), session);
        phones.phoneOf(user.getName())
                .ifPresent(phone -> hub.sendFirst(session, () -> pushes.firstAgentPush(phone.phoneInterface())));
    }

    @OnClose
    public void close(Session session) {
        if (session.getUserPrincipal() != null) {
            hub.agentClosed(session.getUserPrincipal().getName(), session);
        }
    }

    @OnError
    public void error(Session session, Throwable failure) {
        close(session);
    }
}
