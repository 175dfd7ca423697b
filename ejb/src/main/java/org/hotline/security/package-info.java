/**
 * Who may use the system: user accounts with their roles, the password and lockout rules, sign-in, and the
 * administration of accounts. The web module's Jakarta Security identity store calls {@link SignInService}.
 */
package org.hotline.security;
