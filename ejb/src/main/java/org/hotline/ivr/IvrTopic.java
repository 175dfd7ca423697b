package org.hotline.ivr;

/**
 * What a key of the main menu leads to. The IVR sets it as {@code HOTLINE_TOPIC} for the dialplan and the screen pop;
 * {@code TICKET_STATUS} is answered by the IVR itself, the others are queued.
 */
public enum IvrTopic {
    ENQUIRY,
    REGISTRATION,
    COMPLAINT,
    TICKET_STATUS,
    AGENT
}
