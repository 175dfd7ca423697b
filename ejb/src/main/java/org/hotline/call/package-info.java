/**
 * The call log: one record per call through the hotline, keyed by Asterisk's linkedid, built from the PBX's signals
 * (translated from AMI events by the telephony module) so that duplicated, replayed or reordered signals change
 * nothing twice.
 */
package org.hotline.call;
