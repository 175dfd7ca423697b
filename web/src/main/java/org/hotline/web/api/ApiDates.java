package org.hotline.web.api;

import jakarta.ws.rs.BadRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Days in the API are ISO dates (YYYY-MM-DD); anything else is the client's mistake, a 400 saying so. */
final class ApiDates {

    private ApiDates() {
    }

    /** The day typed, or null when nothing was typed. */
    static LocalDate parse(String day) {
        if (day == null || day.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(day.strip());
        } catch (DateTimeParseException notADate) {
            throw new BadRequestException("not a date (YYYY-MM-DD): " + day);
        }
    }
}
