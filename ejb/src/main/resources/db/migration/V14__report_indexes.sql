-- The ticket report counts tickets created and resolved within a period; these bound its queries to the
-- period's rows instead of the whole table.
ALTER TABLE ticket ADD KEY ix_ticket_created (created_at), ADD KEY ix_ticket_resolved (resolved_at);
