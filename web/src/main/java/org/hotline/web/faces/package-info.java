/**
 * Small helpers that every backing bean shares: messages by bundle key, dates in the user's language, and the
 * one-time keys that make a form create once however often it is sent.
 */
package org.hotline.web.faces;
