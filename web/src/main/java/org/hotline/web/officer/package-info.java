/**
 * The anti-corruption officers' pages: the case list, one case (reading it is audited; unsealing, decisions,
 * assignment, questions and evidence), and the hotspots. The pages are behind the OFFICER constraint, and the
 * boundaries they call check the role and recusal again.
 */
package org.hotline.web.officer;
