package org.hotline.complaint;

import java.io.Serializable;
import java.time.Instant;

/** An officers' note on a case, as the officers who may handle the case read it. */
public record NoteView(long id, Instant writtenAt, String writtenBy, String body) implements Serializable {}
