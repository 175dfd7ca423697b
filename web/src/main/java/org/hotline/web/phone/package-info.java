/** The agent's phone on every agent page: queue sign-in, pause, and the screen pop's container; click-to-call. */
package org.hotline.web.phone;
