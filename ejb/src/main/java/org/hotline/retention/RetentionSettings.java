package org.hotline.retention;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import org.hotline.common.Settings;

/**
 * The retention periods and the daily job's hour.
 *
 * <ul>
 *   <li>{@code HOTLINE_RETENTION_COMPLAINT_DAYS} (1826, five years; 0 = never): a closed complaint's identity is
 *       erased this many days after its closing decision. Long by default because complaints are evidence in
 *       corruption cases, which courts and the integrity body may reopen years later.
 *   <li>{@code HOTLINE_RETENTION_RECORDING_DAYS} (0 = never, the default): a call's recording is removed this many
 *       days after the call ended. Never by default: removing recordings is the operator's decision, by the law and
 *       the PBX's disk.
 *   <li>{@code HOTLINE_RECORDINGS_DIR} (unset: nothing to remove, nothing to play): the folder of the PBX's MixMonitor
 *       files, as this server sees it (shared with the PBX or copied from it); retention removes from it and the
 *       recordings' player reads from it.
 *   <li>{@code HOTLINE_PBX_RECORDINGS_DIR} ({@code /var/spool/asterisk/monitor}, Asterisk's own): the same folder as
 *       the PBX names it. Asterisk gives a recording's name as its absolute path there; the part under it is looked
 *       for in {@code HOTLINE_RECORDINGS_DIR}.
 *   <li>{@code HOTLINE_RETENTION_AT} (03:30, Baghdad time; "off" for no timer): when the job runs each day, while
 *       the hotline is closed (it opens 09:00-24:00).
 *   <li>{@code HOTLINE_RETENTION_BATCH} (200, 1 to 10,000): complaints or recordings per transaction.
 * </ul>
 */
public record RetentionSettings(
        int complaintDays,
        int recordingDays,
        Optional<Path> recordingsDir,
        Path pbxRecordingsDir,
        Optional<LocalTime> runAt,
        int batch) {

    static final String COMPLAINT_DAYS = "HOTLINE_RETENTION_COMPLAINT_DAYS";
    static final String RECORDING_DAYS = "HOTLINE_RETENTION_RECORDING_DAYS";
    static final String RECORDINGS_DIR = "HOTLINE_RECORDINGS_DIR";
    static final String PBX_RECORDINGS_DIR = "HOTLINE_PBX_RECORDINGS_DIR";
    static final Path ASTERISK_MONITOR = Path.of("/var/spool/asterisk/monitor");
    static final String RUN_AT = "HOTLINE_RETENTION_AT";
    static final String BATCH = "HOTLINE_RETENTION_BATCH";
    static final int FIVE_YEARS = 1826;

    public RetentionSettings {
        if (complaintDays < 0) {
            throw Settings.invalid(COMPLAINT_DAYS, "must be 0 (never) or a number of days");
        }
        if (recordingDays < 0) {
            throw Settings.invalid(RECORDING_DAYS, "must be 0 (never) or a number of days");
        }
        if (!pbxRecordingsDir.isAbsolute()) {
            throw Settings.invalid(PBX_RECORDINGS_DIR, "must be an absolute folder, as the PBX names it");
        }
        if (batch < 1 || batch > 10_000) {
            throw Settings.invalid(BATCH, "must be from 1 to 10000");
        }
    }

    static RetentionSettings from(Settings settings) {
        Optional<LocalTime> at =
                settings.text(RUN_AT).filter("off"::equalsIgnoreCase).isPresent()
                        ? Optional.empty()
                        : Optional.of(
                                settings.parsed(RUN_AT, LocalTime::parse, "must be a time of day such as 03:30, or off")
                                        .orElse(LocalTime.of(3, 30)));
        return new RetentionSettings(
                settings.integer(COMPLAINT_DAYS, FIVE_YEARS),
                settings.integer(RECORDING_DAYS, 0),
                settings.parsed(RECORDINGS_DIR, Path::of, "must be a folder").map(Path::toAbsolutePath),
                settings.parsed(PBX_RECORDINGS_DIR, Path::of, "must be a folder")
                        .orElse(ASTERISK_MONITOR),
                at,
                settings.integer(BATCH, 200));
    }

    /** Complaints closed before this are due for anonymisation; empty when complaints are kept for ever. */
    public Optional<Instant> complaintsClosedBefore(Instant now) {
        return complaintDays == 0 ? Optional.empty() : Optional.of(now.minus(Duration.ofDays(complaintDays)));
    }

    /** Calls ended before this have their recordings removed; empty when recordings are kept, or there is no folder. */
    public Optional<Instant> recordingsEndedBefore(Instant now) {
        return recordingDays == 0 || recordingsDir.isEmpty()
                ? Optional.empty()
                : Optional.of(now.minus(Duration.ofDays(recordingDays)));
    }

    /** The recordings folder, when there is one. */
    public Optional<RecordingsFolder> recordingsFolder() {
        return recordingsDir.map(folder -> new RecordingsFolder(folder, pbxRecordingsDir));
    }

    /** Read once from MicroProfile Config, at start-up: a value that cannot be read stops the deployment. */
    @Dependent
    static class Read {

        @Produces
        @Singleton
        static RetentionSettings read(Settings settings) {
            return from(settings);
        }

        static void readAtStart(@Observes Startup start, RetentionSettings settings) {
            // nothing to do: asking for the settings reads and checks them
        }
    }
}
