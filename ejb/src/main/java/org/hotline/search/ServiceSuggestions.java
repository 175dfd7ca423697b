package org.hotline.search;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.hotline.catalog.EService;
import org.hotline.catalog.EServiceView;

/**
 * Type-ahead for e-services, from the Lucene index: the beginnings of the words typed, in Arabic, Kurdish or English,
 * with or without hamza and diacritics, against the services' names and codes; active services only, the best first.
 * Public like the catalogue it reads.
 */
@Stateless
@PermitAll
public class ServiceSuggestions {

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    public List<EServiceView> suggest(String typed, int max) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Search.session(em).search(EService.class)
                .where(f -> f.bool().must(f.match().fields("suggestAr", "suggestEn", "suggestKu", "suggestCode")
                        .matching(typed.strip()).analyzer(TextAnalysis.SUGGEST_QUERY)
                        .minimumShouldMatchNumber(1)).filter(f.match().field("active").matching(true)))
                .fetchHits(Math.min(Math.max(max, 1), 50)).stream().map(EServiceView::of).toList();
    }
}
