/**
 * What the phone IVR decides with: the main menu's topics, kept by administrators, and the internal
 * service the FastAGI entry script asks — opening hours, the caller's language, a ticket's status, a complaint's
 * receipt PIN, an after-hours callback request.
 */
package org.hotline.ivr;
