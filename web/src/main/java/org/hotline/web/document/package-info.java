/** The public page where anyone checks a secure document, by its number and short code or by its QR image. */
package org.hotline.web.document;
