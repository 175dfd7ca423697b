package org.hotline.common;

/**
 * A period of days that ends before it starts, lies outside the days the hotline can have records of, or spans more
 * than its use allows (hotspots: a year).
 */
@Refusal(status = RefusalStatus.BAD_REQUEST, type = "invalid-period")
public class InvalidPeriod extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    private InvalidPeriod(String why, String messageKey) {
        super(why);
        this.messageKey = messageKey;
    }

    public static InvalidPeriod endsBeforeItStarts(Object from, Object to) {
        return new InvalidPeriod("the period ends (" + to + ") before it starts (" + from + ")", "period.backwards");
    }

    public static InvalidPeriod outsideTheRecords(Object from, Object to) {
        return new InvalidPeriod(
                "a period lies within " + DayPeriod.EARLIEST + " and " + DayPeriod.LATEST + ", not " + from + " to "
                        + to,
                "period.outsideTheRecords");
    }

    public static InvalidPeriod tooLong(int maxDays) {
        return new InvalidPeriod("a period spans at most " + maxDays + " days", "period.tooLong");
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    @Override
    public String field() {
        return "to";
    }
}
