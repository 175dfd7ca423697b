package org.hotline.search;

import java.util.List;
import org.hotline.catalog.EServiceView;

/** An e-service found, with the passages of its standard answer that matched: what the agent reads out. */
public record ServiceHit(EServiceView service, List<Snippet> answer) {}
