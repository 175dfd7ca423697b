package org.hotline.complaint;

/**
 * Who brought a piece of evidence: the agent during the call, the citizen with the web form, or later in the follow-up;
 * or an officer, who attached a file for the complainant to a question (a form to fill), which is no evidence.
 */
public enum EvidenceSource {
    PHONE,
    WEB,
    FOLLOW_UP,
    OFFICER
}
