/**
 * Who may use the system: user accounts with their roles, the password rules, sign-in with its throttle, API tokens,
 * and the administration of accounts. The web module's authentication mechanism calls {@link SignInService} and
 * {@link ApiTokenSignIn}.
 */
package org.hotline.security;
