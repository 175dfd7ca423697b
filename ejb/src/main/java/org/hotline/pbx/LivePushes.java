package org.hotline.pbx;

/**
 * The pushes of the PBX's live picture to browsers: the web module subscribes once, when its first socket opens, and
 * gets each agent's screen pops, call panel and console state, and the supervisors' live view; a socket just opened
 * asks for the state to start from.
 *
 * <p>Open to any caller, unlike {@link AgentPhone} and {@link LiveBoard}: the subscription is made by the application
 * itself, and WebSocket callbacks carry no caller identity to an EJB. The push endpoints are guarded
 * instead by the web.xml constraints on their paths, and send an agent only what is keyed by the session's own
 * principal.
 */
public interface LivePushes {

    void subscribe(Subscriber subscriber);

    void unsubscribe(Subscriber subscriber);

    /** The phone with this interface as the PBX reports it: the first state of an agent's socket. */
    AgentConsole console(String phoneInterface);

    /** The supervisors' live picture: the first message of their socket. */
    LiveView liveView();
}
