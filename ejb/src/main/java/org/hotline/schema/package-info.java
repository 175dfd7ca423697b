/**
 * The database schema: versioned Flyway migrations (resources under db/migration), applied at start-up before anything
 * uses the schema, then checked by Hibernate against the entities.
 */
package org.hotline.schema;
