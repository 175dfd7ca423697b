package org.hotline.ticket;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * A complaint about staff is never a document of the ticket index, so no agent's search can match, count, facet or
 * highlight it: not even its neutral subject. Its content is indexed apart, for officers (complaint index). A
 * ticket's type never changes, so a ticket is either always in the index or never.
 */
public class ComplaintsStayOutOfTicketSearch implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("type");
        context.bridge(Ticket.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<Ticket> {

        @Override
        public void route(DocumentRoutes routes, Object id, Ticket ticket, RoutingBridgeRouteContext context) {
            if (ticket.getType() == TicketType.COMPLAINT_ABOUT_STAFF) {
                routes.notIndexed();
            } else {
                routes.addRoute();
            }
        }

        @Override
        public void previousRoutes(DocumentRoutes routes, Object id, Ticket ticket, RoutingBridgeRouteContext context) {
            route(routes, id, ticket, context);
        }
    }
}
