package org.hotline.recording;

import java.io.Serializable;
import java.time.Instant;

/** A call's recording as its player shows it: whether it can be played, or why not. */
public record RecordingView(String linkedid, Availability availability, Instant removedAt) implements Serializable {

    /** What the player can do with it. */
    public enum Availability {
        /** The file is there and is a WAV recording. */
        PLAYABLE,
        /** Removed by the retention job at the end of its period ({@link #removedAt()}). */
        REMOVED,
        /** This server has no recordings folder ({@code HOTLINE_RECORDINGS_DIR} unset). */
        NOT_HERE,
        /** The folder does not have the file (not copied yet, deleted by hand), or its name is refused. */
        MISSING,
        /** The file is not a WAV recording. */
        NOT_WAV
    }
}
