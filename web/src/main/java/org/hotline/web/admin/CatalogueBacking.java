package org.hotline.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hotline.catalog.Catalogue;
import org.hotline.catalog.CatalogueCsv;
import org.hotline.catalog.CatalogueCsv.Column;
import org.hotline.catalog.CatalogueImport;
import org.hotline.catalog.CatalogueImportRejected;
import org.hotline.catalog.EServiceView;
import org.hotline.catalog.ImportReport;
import org.hotline.catalog.RowProblem;
import org.hotline.web.faces.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * The catalogue for administrators: search, a CSV import that reports every bad row by line, and one service
 * created or edited in a form, which goes through the same rules as an import.
 */
@Named
@ViewScoped
public class CatalogueBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "service";

    @EJB
    private Catalogue catalogue;

    @EJB
    private CatalogueImport imports;

    private String search;
    private List<EServiceView> services;
    private List<RowProblem> problems = new ArrayList<>();
    /** The form's fields by column name (service_code, name_ar, …), which are also the fields' ids. */
    private final Map<String, String> service = new HashMap<>();

    @PostConstruct
    void load() {
        services = catalogue.services(search, 0, 500);
    }

    public void find() {
        load();
    }

    public void upload(FileUploadEvent event) throws IOException {
        problems = new ArrayList<>();
        try {
            report(imports.importCsv(CatalogueCsv.utf8(event.getFile().getInputStream()), false));
        } catch (CatalogueImportRejected rejected) {
            problems = rejected.problems();
            Messages.error(null, "catalogue.rejected", problems.size());
        }
        load();
    }

    public void edit(EServiceView chosen) {
        service.clear();
        service.put("service_code", chosen.code());
        service.put("institution_code", chosen.institutionCode());
        service.put("institution_name_ar", chosen.institutionName().ar());
        service.put("institution_name_en", chosen.institutionName().en());
        service.put("institution_name_ku", chosen.institutionName().ku());
        service.put("name_ar", chosen.name().ar());
        service.put("name_en", chosen.name().en());
        service.put("name_ku", chosen.name().ku());
        service.put("description", chosen.description());
        service.put("required_documents", chosen.requiredDocuments());
        service.put("standard_answer", chosen.standardAnswer());
        service.put(
                "first_response_minutes",
                chosen.firstResponseMinutes() == null
                        ? null
                        : chosen.firstResponseMinutes().toString());
        service.put(
                "resolution_minutes",
                chosen.resolutionMinutes() == null
                        ? null
                        : chosen.resolutionMinutes().toString());
    }

    public void blank() {
        service.clear();
    }

    /** Saves the form; each problem is shown beside the field of its column. */
    public void save() {
        try {
            Map<Column, String> row = new EnumMap<>(Column.class);
            for (Column column : Column.values()) {
                String value = service.get(column.header());
                if (value != null) {
                    row.put(column, value);
                }
            }
            report(imports.save(row));
            load();
        } catch (CatalogueImportRejected rejected) {
            for (RowProblem problem : rejected.problems()) {
                String field = problem.column().isEmpty() ? null : FORM + ":" + problem.column();
                String text = problemText(problem);
                FacesContext.getCurrentInstance()
                        .addMessage(
                                field,
                                new jakarta.faces.application.FacesMessage(
                                        jakarta.faces.application.FacesMessage.SEVERITY_ERROR, text, text));
            }
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    private static void report(ImportReport report) {
        Messages.info(
                "catalogue.imported",
                report.servicesCreated(),
                report.servicesUpdated(),
                report.institutionsCreated(),
                report.institutionsUpdated());
    }

    public Map<String, String> getService() {
        return service;
    }

    public List<EServiceView> getServices() {
        return services;
    }

    /**
     * What is wrong, in the reader's language: codes, column names and numbers are the arguments, kept as the file
     * has them. The API says the same in English.
     */
    public String problemText(RowProblem problem) {
        return Messages.text(
                "catalogueProblem." + problem.kind().name(), problem.arguments().toArray());
    }

    public List<RowProblem> getProblems() {
        return problems;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
