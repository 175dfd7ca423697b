/**
 * The role-checked boundaries that implement the domain's ports for pages and the API ({@code org.hotline.pbx}): the
 * agent's phone (queue sign-in, pause, click-to-call), the live board and telephony metrics, and a supervisor listening
 * to a live call (ChanSpy, and the options it is given). Each method has its
 * roles.
 */
package org.hotline.telephony.agent;
