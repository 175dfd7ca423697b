package org.hotline.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes validated catalogue rows: the one way rows from a file reach the database, shared by the administrators'
 * {@link CatalogueImport} and the start-up {@link SampleCatalogue}, which has no caller to pass a role check. An
 * existing code is updated, a new one created. Runs in its caller's transaction, so a failure half-way leaves
 * nothing behind.
 */
@ApplicationScoped
public class CatalogueWriter {

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    ImportReport write(List<CatalogueRow> rows, boolean sample) {
        if (rows.isEmpty()) {
            return new ImportReport(0, 0, 0, 0);
        }
        Map<String, Institution> institutions = existing(
                Institution.class,
                Institution::getCode,
                rows.stream().map(CatalogueRow::institutionCode).distinct().toList());
        Map<String, EService> services = existing(
                EService.class,
                EService::getCode,
                rows.stream().map(CatalogueRow::serviceCode).toList());
        Set<String> institutionsWritten = new HashSet<>();
        int institutionsCreated = 0;
        int servicesCreated = 0;
        for (CatalogueRow row : rows) {
            Institution institution = institutions.get(row.institutionCode());
            if (institution == null) {
                institution = new Institution(row.institutionCode(), row.institutionName(), sample);
                em.persist(institution);
                institutions.put(row.institutionCode(), institution);
                institutionsCreated++;
            } else {
                institution.rename(row.institutionName());
                institution.markSample(sample);
            }
            institutionsWritten.add(row.institutionCode());

            EService service = services.get(row.serviceCode());
            if (service == null) {
                service = new EService(row.serviceCode(), institution, row.serviceName(), sample);
                em.persist(service);
                servicesCreated++;
            } else {
                service.moveTo(institution);
                service.rename(row.serviceName());
                service.markSample(sample);
            }
            service.describe(row.description(), row.requiredDocuments(), row.standardAnswer());
            service.targets(row.firstResponse(), row.resolution());
        }
        return new ImportReport(
                institutionsCreated,
                institutionsWritten.size() - institutionsCreated,
                servicesCreated,
                rows.size() - servicesCreated);
    }

    /** True while the catalogue has no e-service at all, as in a new installation. */
    boolean hasNoServices() {
        return em.createQuery("select count(s) from EService s", Long.class).getSingleResult() == 0;
    }

    /** The entities of these codes that already exist, by code: one query rather than one per row. */
    private <T> Map<String, T> existing(Class<T> entity, Function<T, String> code, List<String> codes) {
        Map<String, T> byCode = new HashMap<>();
        em.createQuery("select e from " + entity.getSimpleName() + " e where e.code in :codes", entity)
                .setParameter("codes", codes)
                .getResultStream()
                .forEach(e -> byCode.put(code.apply(e), e));
        return byCode;
    }
}
