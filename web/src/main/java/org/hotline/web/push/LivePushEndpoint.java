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
import org.hotline.pbx.LivePushes;

/**
 * The supervisors' live view listens here. Only supervisors reach it (the web.xml constraint on /push/live); on
 * open it gets the current picture, then every change, at most twice a second.
 */
@ServerEndpoint("/push/live")
public class LivePushEndpoint {

    @Inject
    private PushHub hub;

    @EJB
    private LivePushes pushes;

    @OnOpen
    public void open(Session session) throws IOException {
        if (session.getUserPrincipal() == null) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "sign in first"));
            return;
        }
        hub.supervisorOpened(session);
        hub.sendFirst(session, pushes::firstLivePush);
    }

    @OnClose
    public void close(Session session) {
        hub.supervisorClosed(session);
    }

    @OnError
    public void error(Session session, Throwable failure) {
        close(session);
    }
}
