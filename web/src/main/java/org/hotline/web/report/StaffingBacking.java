package org.hotline.web.report;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.hotline.common.BusinessException;
import org.hotline.common.BusinessTime;
import org.hotline.report.StaffingForecast;
import org.hotline.report.StaffingForecasts;
import org.hotline.report.StaffingSlot;
import org.hotline.web.faces.Messages;
import org.hotline.web.i18n.LocaleBacking;

/**
 * The staffing forecast for supervisors: a weekday (today's by default), the weeks of history (8) up to a day
 * (yesterday), and the target (80 % within 20 s, at most 5 % abandoned); per half hour the calls forecast, the handle
 * time, the agents needed against those signed in, as a table and a chart, exported as CSV and Excel through the API.
 * The choices are in the page's address (Post/Redirect/Get), so a refresh or a switch of language shows the same.
 */
@Named
@ViewScoped
public class StaffingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StaffingForecasts forecasts;

    @Inject
    private LocaleBacking locale;

    private DayOfWeek weekday = ZonedDateTime.now(BusinessTime.ZONE).getDayOfWeek();
    private LocalDate to = ZonedDateTime.now(BusinessTime.ZONE).toLocalDate().minusDays(1);
    private Integer weeks = 8;
    private Integer serviceLevel = 80;
    private Integer answerSeconds = 20;
    private Integer maxAbandoned = 5;
    private StaffingForecast forecast;

    /** The forecast the page's address asks for; a value out of range is said at its field, as the form says it. */
    public void show() {
        boolean wrong = outOfRange("weeks", weeks, 1, StaffingForecasts.MOST_WEEKS, "staffing.weeksRange")
                | outOfRange("serviceLevel", serviceLevel, 1, 99, "staffing.serviceLevelRange")
                | outOfRange("answerSeconds", answerSeconds, 1, 600, "staffing.answerSecondsRange")
                | outOfRange("maxAbandoned", maxAbandoned, 1, 100, "staffing.maxAbandonedRange");
        if (to == null) {
            Messages.error("target:to", "report.dateRequired");
            wrong = true;
        }
        if (wrong || weekday == null) {
            forecast = null;
            return;
        }
        try {
            forecast = forecasts.forecast(weekday, weeks, to, serviceLevel, answerSeconds, maxAbandoned);
        } catch (BusinessException refused) {
            forecast = null;
            Messages.error("target:to", refused.messageKey());
        }
    }

    private static boolean outOfRange(String field, Integer value, int least, int most, String key) {
        if (value == null || value < least || value > most) {
            Messages.error("target:" + field, key);
            return true;
        }
        return false;
    }

    /** The form's choices go into the page's address, which {@link #show} then reads. */
    public String apply() {
        return "/supervisor/staffing.xhtml?faces-redirect=true&includeViewParams=true";
    }

    /** Chart.js's configuration: the agents needed and those signed in, per half hour, as two lines. */
    public String getChart() {
        if (forecast == null) {
            return "{}";
        }
        List<StaffingSlot> rows = forecast.rows();
        return Charts.lines(
                rows.stream().map(StaffingSlot::start).toList(),
                List.of(
                        new Charts.Series(
                                Messages.text("staffing.needed"),
                                "#c62828",
                                rows.stream()
                                        .map(row -> row.agentsNeeded() == null ? 0 : row.agentsNeeded())
                                        .toList()),
                        new Charts.Series(
                                Messages.text("staffing.signedIn"),
                                "#1565c0",
                                rows.stream().map(StaffingSlot::signedIn).toList())),
                false,
                locale.isRightToLeft());
    }

    /** A number of agents or calls to a tenth, without a trailing ".0". */
    public String tenths(Double value) {
        if (value == null) {
            return "—";
        }
        return value == Math.rint(value) ? Long.toString(value.longValue()) : Double.toString(value);
    }

    public DayOfWeek[] getWeekdays() {
        return DayOfWeek.values();
    }

    public StaffingForecast getForecast() {
        return forecast;
    }

    public DayOfWeek getWeekday() {
        return weekday;
    }

    public void setWeekday(DayOfWeek weekday) {
        this.weekday = weekday;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Integer getWeeks() {
        return weeks;
    }

    public void setWeeks(Integer weeks) {
        this.weeks = weeks;
    }

    public Integer getServiceLevel() {
        return serviceLevel;
    }

    public void setServiceLevel(Integer serviceLevel) {
        this.serviceLevel = serviceLevel;
    }

    public Integer getAnswerSeconds() {
        return answerSeconds;
    }

    public void setAnswerSeconds(Integer answerSeconds) {
        this.answerSeconds = answerSeconds;
    }

    public Integer getMaxAbandoned() {
        return maxAbandoned;
    }

    public void setMaxAbandoned(Integer maxAbandoned) {
        this.maxAbandoned = maxAbandoned;
    }
}
