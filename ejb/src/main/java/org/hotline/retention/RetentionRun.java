package org.hotline.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One run of the retention job, kept for the administrators' report: when, by whom, and what it did or would do. */
@Entity
@Table(name = "retention_run")
public class RetentionRun {

    static final int DETAIL_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "started_by", nullable = false, length = 64)
    private String startedBy;

    @Column(name = "dry_run", nullable = false)
    private boolean dryRun;

    @Column(name = "complaints_anonymised", nullable = false)
    private int complaintsAnonymised;

    @Column(name = "complaints_held", nullable = false)
    private int complaintsHeld;

    @Column(name = "recordings_removed", nullable = false)
    private int recordingsRemoved;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "failure_detail", length = DETAIL_MAX)
    private String failureDetail;

    protected RetentionRun() {
        // for JPA
    }

    RetentionRun(String startedBy, boolean dryRun, Instant startedAt) {
        this.startedBy = startedBy;
        this.dryRun = dryRun;
        this.startedAt = startedAt;
    }

    void finish(RunFigures figures, Instant at) {
        complaintsAnonymised = figures.complaints();
        complaintsHeld = figures.held();
        recordingsRemoved = figures.recordings();
        failures = figures.failures();
        String detail = figures.failureDetail();
        failureDetail = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
        finishedAt = at;
    }

    Long getId() {
        return id;
    }

    RunView view() {
        return new RunView(
                id,
                startedAt,
                finishedAt,
                startedBy,
                dryRun,
                complaintsAnonymised,
                complaintsHeld,
                recordingsRemoved,
                failures,
                failureDetail);
    }
}
