/**
 * Sign-in with Jakarta Security: the form mechanism, the identity store that asks the ejb module's
 * {@code SignInService}, the signed-in user of the session, and where each role lands.
 */
package org.hotline.web.security;
