/**
 * The Asterisk adapters: the AMI connections and event translation ({@code ami}), the live picture and its pushes
 * ({@code live}), the boundaries for pages and the API ({@code agent}); later the FastAGI server and IVR scripts
 * ({@code agi}). They feed the domain's ports (the call log, callback tasks) and never hold its business rules.
 */
package org.hotline.telephony;
