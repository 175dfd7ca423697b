package org.hotline.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.hotline.common.BusinessException;
import org.hotline.common.StatedReason;
import org.hotline.common.WrittenText;
import org.hotline.complaint.ComplaintIntake;
import org.hotline.document.DocumentImports;
import org.hotline.document.DocumentKeys;
import org.hotline.document.ImportView;
import org.hotline.document.KeyView;
import org.hotline.web.faces.Messages;

/**
 * Secure documents for administrators: the institutions' signing keys (add, rotate, revoke with a reason) and the
 * imports of the files in the inbox (start one, follow it). Every change is audited by the boundaries.
 */
@Named
@ViewScoped
public class DocumentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DocumentKeys keys;

    @EJB
    private DocumentImports imports;

    @EJB
    private ComplaintIntake institutions;

    private List<KeyView> shown;
    private String institution;
    private String revokedKey;
    private String revocationReason;
    private String importFile;
    private ImportView lastImport;

    @PostConstruct
    void load() {
        shown = keys.list();
    }

    public void add() {
        if (institutionChosen()) {
            act(() -> keys.add(institution, null), "documents.keyAdded");
        }
    }

    public void rotate() {
        if (institutionChosen()) {
            act(() -> keys.rotate(institution), "documents.keyRotated");
        }
    }

    private boolean institutionChosen() {
        if (institution == null || institution.isBlank()) {
            Messages.error("keyForm:institution", "complaintForm.invalid.institutionCode");
            return false;
        }
        return true;
    }

    public void revoke() {
        if (WrittenText.visibleLength(revocationReason) < StatedReason.LEAST) { // as the key's own rule counts it
            Messages.error("revocation:reason", "case.reasonTooShort", StatedReason.LEAST);
            return;
        }
        if (act(() -> keys.revoke(revokedKey, revocationReason), "documents.keyRevoked")) {
            revocationReason = null;
        }
    }

    public void startImport() {
        if (importFile == null || !importFile.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,200}")) {
            Messages.error("importForm:file", "documents.fileName");
            return;
        }
        try {
            lastImport = imports.start(importFile);
            Messages.info("documents.importStarted", lastImport.id());
        } catch (BusinessException refused) {
            Messages.error("importForm:file", refused.messageKey());
        }
    }

    /** The import started here, as it stands now. */
    public void refreshImport() {
        if (lastImport != null) {
            lastImport = imports.view(lastImport.id());
        }
    }

    private boolean act(Supplier<KeyView> change, String done) {
        try {
            KeyView key = change.get();
            Messages.info(done, key.keyId());
            load();
            return true;
        } catch (BusinessException refused) {
            Messages.error(null, refused.messageKey());
            return false;
        }
    }

    public List<ComplaintIntake.InstitutionChoice> getInstitutions() {
        return institutions.institutionsForForm();
    }

    public List<KeyView> getKeys() {
        return shown;
    }

    public String getInstitution() {
        return institution;
    }

    public void setInstitution(String institution) {
        this.institution = institution;
    }

    public String getRevokedKey() {
        return revokedKey;
    }

    public void setRevokedKey(String revokedKey) {
        this.revokedKey = revokedKey;
    }

    public String getRevocationReason() {
        return revocationReason;
    }

    public void setRevocationReason(String revocationReason) {
        this.revocationReason = revocationReason;
    }

    public String getImportFile() {
        return importFile;
    }

    public void setImportFile(String importFile) {
        this.importFile = importFile;
    }

    public ImportView getLastImport() {
        return lastImport;
    }
}
