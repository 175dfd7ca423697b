/** The public complaint pages: citizens file a complaint about staff and follow it up with the receipt, no account. */
package org.hotline.web.complaint;
