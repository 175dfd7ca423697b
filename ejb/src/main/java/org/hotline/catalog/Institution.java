package org.hotline.catalog;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** A ministry, directorate or office that offers e-services. */
@Entity
@Table(name = "institution")
public class Institution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 32)
    @KeywordField(aggregable = Aggregable.YES) // tickets embed it: their institution facet
    private String code;

    @Column(name = "name_ar", nullable = false, length = 300)
    private String nameAr;

    @Column(name = "name_en", nullable = false, length = 300)
    private String nameEn;

    @Column(name = "name_ku", length = 300)
    private String nameKu;

    /**
     * Whether the row came from the packaged sample catalogue rather than from the portal's real data, so that agents
     * and administrators never take invented names, documents and answers for real ones. The last import that wrote
     * the row decides.
     */
    @Column(name = "sample", nullable = false)
    private boolean sample;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Institution() {
        // for JPA
    }

    public Institution(String code, LocalizedName name, boolean sample) {
        this.code = requireNonNull(code, "code is required");
        rename(name);
        this.sample = sample;
    }

    public void rename(LocalizedName name) {
        requireNonNull(name, "name is required");
        nameAr = name.ar();
        nameEn = name.en();
        nameKu = name.ku();
    }

    /** Records where the row's content now comes from: the sample catalogue, or real data. */
    public void markSample(boolean sample) {
        this.sample = sample;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public LocalizedName getName() {
        return new LocalizedName(nameAr, nameEn, nameKu);
    }

    public boolean isSample() {
        return sample;
    }
}
