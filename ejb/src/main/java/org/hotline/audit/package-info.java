/**
 * The tamper-evident audit log: an append-only hash chain of who did what to which record, when and why,
 * written in the same transaction as the action, and a verifier that walks the chain and reports the first broken link.
 */
package org.hotline.audit;
