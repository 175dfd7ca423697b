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

    /**
     * The cluster's messages ({@code org.hotline.cluster.ClusterRelay}) that carry the pushes, written as the browser
     * reads them, from the node that holds the PBX's events to the browsers connected to the other nodes.
     */
    String TO_AGENT = "live.agent";

    String TO_SUPERVISORS = "live.supervisors";

    /** The questions that give a socket opened on another node its first state: a phone's, the live view. */
    String FIRST_AGENT_PUSH = "live.first-agent-push";

    String FIRST_LIVE_PUSH = "live.first-live-push";

    void subscribe(Subscriber subscriber);

    void unsubscribe(Subscriber subscriber);

    /**
     * The first message of an agent's socket, as the browser reads it: the state of the phone with this interface as
     * the PBX reports it. On a cluster node that does not hold the PBX's events, asked of the one that does.
     */
    String firstAgentPush(String phoneInterface);

    /** The first message of a supervisor's socket, as the browser reads it: the live picture, as above. */
    String firstLivePush();
}
