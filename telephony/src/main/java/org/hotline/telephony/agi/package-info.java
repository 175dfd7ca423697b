/**
 * The IVR over FastAGI: Asterisk-Java's FastAGI connection handling behind a guarded listener (only the PBX's
 * addresses, a sound and bounded environment before a thread, a short wait for a thread), started and stopped with the
 * application on container-managed threads; the entry script every 5599 call runs (opening hours, language, main menu,
 * ticket status by keypad, after-hours callbacks), which decides the route and leaves every choice on the call as
 * {@code HOTLINE_*} channel variables for the dialplan, the call log and the screen pop; and its prompts.
 */
package org.hotline.telephony.agi;
