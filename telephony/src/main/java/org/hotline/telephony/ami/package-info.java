/**
 * The AMI adapter: two Asterisk-Java connections (events, actions) whose listener only translates events into the
 * domain's {@code CallSignal}s and the live picture's {@code LiveEvent}s and hands them to a container-managed
 * executor; resynchronisation from the PBX's lists after every (re)connect; actions sent and originates matched.
 */
package org.hotline.telephony.ami;
