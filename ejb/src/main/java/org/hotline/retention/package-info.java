/**
 * Data retention: the periods after which closed complaints are anonymised and call recordings removed, the daily job
 * that does it in batches with a report of each run, and a citizen's subject-access export. Audit entries are never
 * deleted or rewritten by any of it.
 */
package org.hotline.retention;
