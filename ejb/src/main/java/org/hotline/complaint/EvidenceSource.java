package org.hotline.complaint;

/** Who brought a piece of evidence: the agent during the call, the citizen with the web form, or later in the follow-up. */
public enum EvidenceSource {
    PHONE, WEB, FOLLOW_UP
}
