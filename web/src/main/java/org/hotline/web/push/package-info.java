/**
 * Pushes to browsers over Jakarta WebSocket: screen pops, the call panel and the console's state to the one agent
 * whose phone it is, and the live view to supervisors. Only signed-in staff of the right role reach the endpoints
 * (web.xml constraints on /push/*, and the session's principal checked again on open).
 */
package org.hotline.web.push;
