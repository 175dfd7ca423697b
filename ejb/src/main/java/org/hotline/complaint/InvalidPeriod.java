package org.hotline.complaint;

import org.hotline.common.BusinessException;

/** A report period that ends before it starts, or spans more than a year. */
public class InvalidPeriod extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidPeriod(String why) {
        super(why);
    }

    @Override
    public String messageKey() {
        return "hotspots.invalidPeriod";
    }
}
