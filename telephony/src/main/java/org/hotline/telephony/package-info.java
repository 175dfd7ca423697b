/**
 * The Asterisk adapters: the AMI connections and event translation ({@code ami}), the live picture and its pushes
 * ({@code live}), the boundaries for pages and the API ({@code agent}), the FastAGI server and the IVR's entry script
 * ({@code agi}). They feed the domain's ports (the call log, callback tasks) and never hold its business rules.
 */
package org.hotline.telephony;
