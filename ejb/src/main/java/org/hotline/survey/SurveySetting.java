package org.hotline.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The share of answered calls surveyed (one row): chosen by supervisors, read by the IVR for every call. */
@Entity
@Table(name = "survey_setting")
public class SurveySetting {

    static final int ID = 1;

    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "share_percent", nullable = false)
    private int sharePercent;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    protected SurveySetting() {
        // for JPA
    }

    int sharePercent() {
        return sharePercent;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }

    void change(int percent, String by, Instant at) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("a share is 0 to 100 %, not " + percent);
        }
        sharePercent = percent;
        updatedBy = by;
        updatedAt = at;
    }
}
