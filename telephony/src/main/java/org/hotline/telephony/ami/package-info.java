/**
 * The AMI adapter: one Asterisk-Java connection whose listener only translates events into the domain's
 * {@code CallSignal}s and hands them to a container-managed executor, which writes them to the call log.
 */
package org.hotline.telephony.ami;
