package org.hotline.complaint;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.mapper.orm.Search;
import org.hotline.catalog.InstitutionCode;
import org.hotline.search.IndexedContent;
import org.jboss.logging.Logger;

/** The complaint index, which only officers' searches read ({@link ComplaintSearch}). */
@Dependent
class ComplaintIndex implements IndexedContent {

    private static final Logger LOG = Logger.getLogger(ComplaintIndex.class);

    @Override
    public Class<?> type() {
        return Complaint.class;
    }

    @Override
    public String storedCount() {
        return "select count(c) from Complaint c";
    }

    /**
     * Whether the index still holds an institution code in a spelling other than the catalogue's: indexed before the
     * stored codes were made canonical, it would let a look-alike escape the recusal filter of searches.
     */
    @Override
    public boolean outdated(EntityManager em) {
        AggregationKey<Map<String, Long>> codes = AggregationKey.of("institution");
        Map<String, Long> indexed = Search.session(em)
                .search(Complaint.class)
                .where(f -> f.matchAll())
                .aggregation(
                        codes, f -> f.terms().field("institution", String.class).maxTermCount(10_000))
                .fetch(0)
                .aggregation(codes);
        boolean old = indexed.keySet().stream()
                .anyMatch(code ->
                        !InstitutionCode.wellFormed(code).filter(code::equals).isPresent());
        if (old) {
            LOG.info("The complaint index holds institution codes in an old spelling: rebuilding the indexes");
        }
        return old;
    }
}
