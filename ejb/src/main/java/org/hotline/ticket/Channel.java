package org.hotline.ticket;

/** How the ticket reached the hotline. */
public enum Channel {
    PHONE,
    WEB,
    IVR,
    WALK_IN
}
