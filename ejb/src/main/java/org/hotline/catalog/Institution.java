package org.hotline.catalog;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A ministry, directorate or office that offers e-services. */
@Entity
@Table(name = "institution")
public class Institution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 32)
    private String code;

    @Column(name = "name_ar", nullable = false, length = 300)
    private String nameAr;

    @Column(name = "name_en", nullable = false, length = 300)
    private String nameEn;

    @Column(name = "name_ku", length = 300)
    private String nameKu;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Institution() {
        // for JPA
    }

    public Institution(String code, LocalizedName name) {
        this.code = requireNonNull(code, "code is required");
        rename(name);
    }

    public void rename(LocalizedName name) {
        requireNonNull(name, "name is required");
        nameAr = name.ar();
        nameEn = name.en();
        nameKu = name.ku();
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
}
