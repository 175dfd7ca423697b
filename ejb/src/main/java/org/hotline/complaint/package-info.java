/**
 * Complaints about staff: the confidential part of a complaint ticket, the receipt given to the
 * complainant (ticket number and a random PIN kept only as a slow hash), intake by phone, and the officers' view with
 * the complainant's identity sealed until an officer unseals it with a written reason. Every view and unseal is written
 * to the audit log in the same transaction.
 */
package org.hotline.complaint;
