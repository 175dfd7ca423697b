/**
 * The Asterisk adapters: the AMI connection and event translation ({@code ami}), the FastAGI server and IVR scripts
 * ({@code agi}), and PBX commands ({@code pbx}). They implement the ports the domain declares and never hold business
 * rules.
 */
package org.hotline.telephony;
