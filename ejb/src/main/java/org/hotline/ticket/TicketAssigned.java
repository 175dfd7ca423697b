package org.hotline.ticket;

/**
 * A ticket was given to an agent by someone else (a colleague, a supervisor, a bulk assignment): fired by the ticket
 * desk where a ticket changes hands, so that the agent's open pages can say so once the change is committed. Taking a
 * ticket oneself, or a ticket staying with the same agent, fires nothing. {@code by} is the person who gave it, by
 * their display name.
 */
public record TicketAssigned(String number, String assignee, String by) {}
