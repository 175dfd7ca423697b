/**
 * Error handling that tells users what happened in their language and never shows a stack trace or confirms that a
 * page of another role exists.
 */
package org.hotline.web.errors;
