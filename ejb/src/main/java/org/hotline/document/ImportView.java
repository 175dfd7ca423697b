package org.hotline.document;

import java.io.Serializable;
import java.time.Instant;

/** An import as administrators follow it: how far it got, and what it inserted, found registered, or rejected. */
public record ImportView(
        long id,
        String fileName,
        String state,
        String startedBy,
        Instant startedAt,
        Instant finishedAt,
        long linesRead,
        long inserted,
        long alreadyRegistered,
        long rejected,
        String failure)
        implements Serializable {}
