package org.hotline.complaint;

import java.io.Serializable;

/**
 * What the complainant keeps: the ticket number and the PIN, given once and never again. Serializable, as the page
 * carries it across its redirect; its text form leaves the PIN out, so no log line can ever hold it.
 */
public record Receipt(String number, String pin) implements Serializable {

    /** The receipt as kept once it was shown: the number alone. */
    public Receipt withoutPin() {
        return new Receipt(number, null);
    }

    @Override
    public String toString() {
        return "Receipt[number=" + number + ", pin=hidden]";
    }
}
