package org.hotline.ticket;

/** An agent as pickers offer them: shown by the person's name, kept on the ticket by username. */
public record AgentChoice(String username, String displayName) {}
