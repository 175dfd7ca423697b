/** The one search box of staff: what each role may find, composed from the search boundaries, and how it is shown. */
package org.hotline.web.search;
