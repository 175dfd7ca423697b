/**
 * The role-checked boundaries that implement the domain's ports for pages and the API ({@code org.hotline.pbx}): the
 * agent's phone (queue sign-in, pause, click-to-call), and the live board and telephony metrics. Each method has its
 * roles.
 */
package org.hotline.telephony.agent;
