/**
 * Recordings: a call's recording played in the browser by the staff who may hear it (the desk for an ordinary
 * ticket's call, only the officers who may read the complaint for a call a complaint was taken on), each play audited,
 * the file read from the recordings folder the retention area keeps.
 */
package org.hotline.recording;
