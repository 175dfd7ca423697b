package org.hotline.search;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import org.hotline.catalog.EService;
import org.hotline.citizen.Citizen;
import org.hotline.ticket.Ticket;

/** The indexes desk search reads: e-services, citizens, and tickets other than complaints about staff. */
@Dependent
class DeskIndexes {

    @Produces
    IndexedContent eServices() {
        return IndexedContent.of(EService.class, "select count(s) from EService s");
    }

    @Produces
    IndexedContent citizens() {
        return IndexedContent.of(Citizen.class, "select count(c) from Citizen c");
    }

    @Produces
    IndexedContent tickets() {
        return IndexedContent.of(
                Ticket.class,
                "select count(t) from Ticket t"
                        + " where t.type <> org.hotline.ticket.TicketType.COMPLAINT_ABOUT_STAFF");
    }
}
