/**
 * The e-service catalogue: institutions and the portal's e-services, with names in ar/en/ku, required documents, the
 * standard answer agents read out, and SLA targets.
 */
package org.hotline.catalog;
