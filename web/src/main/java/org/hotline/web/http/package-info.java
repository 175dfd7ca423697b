/**
 * Plain HTTP concerns shared by servlets and backing beans: which page a request is really about, which paths are
 * safe to send a user back to, and the defences every response and request passes (the Content-Security-Policy of
 * responses that are not pages, the same-origin rule for cookie-authenticated writes and WebSocket upgrades, no
 * browser cache for pages with secrets or creating forms).
 */
package org.hotline.web.http;
