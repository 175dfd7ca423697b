/**
 * MicroProfile Health checks that /health on the management port reports: the database, the PBX link as the
 * telephony module reports it, and the search indexes as the search area reports them.
 *
 * <p>This package is built into a jar of its own, {@code hotline-ejb-health.jar} in EAR/lib, not into the EJB module:
 * WildFly looks for health checks only in the EAR's root bean archive (EAR/lib), not in its EJB or web modules.
 */
package org.hotline.health;
