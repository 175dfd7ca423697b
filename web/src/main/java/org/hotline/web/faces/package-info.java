/**
 * Small helpers that every backing bean shares: messages by bundle key, and dates in the user's language.
 */
package org.hotline.web.faces;
