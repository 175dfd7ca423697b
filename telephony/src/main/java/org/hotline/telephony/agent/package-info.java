/**
 * The boundaries pages and the API call: the agent's phone (queue sign-in, pause, click-to-call), and the
 * supervisors' live view and telephony metrics. Each method has its roles.
 */
package org.hotline.telephony.agent;
