package org.hotline.pbx;

/**
 * Where the live picture's pushes go: the web module subscribes one ({@link LivePushes#subscribe}) that writes them to
 * the agents' and supervisors' WebSockets. Called on the container's managed threads; an implementation must not
 * block.
 */
public interface Subscriber {

    /** To the browsers of this one agent only (screen pop, call panel, console state). */
    void toAgent(String username, Push push);

    /** To every supervisor watching the live view. */
    void toSupervisors(LiveView view);

    /** A message to an agent: {@code type} says how the page uses {@code data}. */
    record Push(String type, Object data) {}
}
