/**
 * A call's recording in the browser: the player on the desk's ticket page and on the officer's complaint page, which
 * asks the recordings' boundary for a play (audited) and gives the audio element the address to stream it from.
 */
package org.hotline.web.recording;
