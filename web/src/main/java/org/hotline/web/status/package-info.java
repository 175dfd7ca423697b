/** The citizen's status page: a ticket's status and public replies with its number and the phone on record. */
package org.hotline.web.status;
