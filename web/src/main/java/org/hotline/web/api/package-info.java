/**
 * The REST API {@code /api/v1} (JSON): tickets, citizens by phone, the catalogue. Resources return DTOs from the ejb
 * module's boundaries; every error is {@code application/problem+json} (RFC 9457) from the mappers here.
 */
package org.hotline.web.api;
