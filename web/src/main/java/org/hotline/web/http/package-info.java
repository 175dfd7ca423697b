/**
 * Plain HTTP concerns shared by servlets and backing beans: which page a request is really about, and which paths
 * are safe to send a user back to.
 */
package org.hotline.web.http;
