package org.hotline.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A day the hotline is closed: its SLA clocks do not count it. */
@Entity
@Table(name = "holiday")
public class Holiday {

    @Id
    @Column(name = "day")
    private LocalDate day;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    protected Holiday() {
        // for JPA
    }

    public Holiday(LocalDate day, String name) {
        this.day = day;
        this.name = name;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getName() {
        return name;
    }
}
