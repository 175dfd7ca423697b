package org.hotline.search;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.hotline.catalog.EService;
import org.hotline.catalog.EServiceView;
import org.hotline.common.AnalyzerNames;

/**
 * E-services from the Lucene index, active ones only, the best first. Type-ahead: the beginnings of the words typed,
 * in Arabic, Kurdish or English, with or without hamza and diacritics, against the services' names and codes.
 * Answers: whole words against the names and the standard answer, which is the knowledge agents read out. Public like
 * the catalogue it reads.
 */
@Stateless
@PermitAll
@Interceptors(IndexReads.class) // a lost index answers 503 search-degraded, never a 500
public class ServiceSuggestions {

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    public List<EServiceView> suggest(String typed, int max) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Search.session(em)
                .search(EService.class)
                .where(f -> f.bool()
                        .must(f.match()
                                .fields("suggestAr", "suggestEn", "suggestKu", "suggestCode")
                                .matching(typed.strip())
                                .analyzer(AnalyzerNames.SUGGEST_QUERY)
                                .minimumShouldMatchNumber(1))
                        .filter(f.match().field("active").matching(true)))
                .fetchHits(Math.min(Math.max(max, 1), 50))
                .stream()
                .map(EServiceView::of)
                .toList();
    }

    /** The services whose names or standard answer hold every word typed, with the passages of the answer. */
    public List<ServiceHit> answers(String text, int max) {
        TypedText typed = TypedText.of(text);
        if (typed.isBlank()) {
            return List.of();
        }
        Passages passages = Passages.forQuery(typed.words());
        return Search.session(em)
                .search(EService.class)
                .select(f -> f.entity(EService.class))
                .where(f -> f.bool()
                        .must(SearchQueries.words(f, typed.words(), "nameAr", "nameEn", "standardAnswer"))
                        .filter(f.match().field("active").matching(true)))
                .fetchHits(Math.min(Math.max(max, 1), 20))
                .stream()
                .map(service -> new ServiceHit(
                        EServiceView.of(service), passages.of("standardAnswer", service.getStandardAnswer())))
                .toList();
    }
}
