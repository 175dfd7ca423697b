package org.hotline.complaint;

/** Where the officers' case stands (the workflow's transitions come with the case workflow). */
public enum CaseState {
    RECEIVED, TRIAGE, UNDER_REVIEW, INVESTIGATION, REFERRED, SUBSTANTIATED, UNSUBSTANTIATED, CLOSED
}
