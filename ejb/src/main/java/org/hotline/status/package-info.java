/**
 * What a citizen learns of their own ticket without an account: its status, dates and the agents' public replies, on
 * the public status page and the API (with the ticket number and the phone number on record), and by phone, where
 * the IVR says a reply is waiting and plays the spoken copy made when the reply was saved; and what is waiting for
 * them (a resolution, a reply they have not heard or seen), which the IVR announces before its menu.
 */
package org.hotline.status;
