package org.hotline.catalog;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.util.Optional;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hotline.common.AnalyzerNames;

/** One of the portal's e-services, with what an agent needs to answer about it. */
@Entity
@Table(name = "e_service")
@Indexed(index = "e-service")
public class EService {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 32)
    @FullTextField(name = "suggestCode", analyzer = AnalyzerNames.SUGGEST, searchAnalyzer = AnalyzerNames.SUGGEST_QUERY)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id", nullable = false)
    private Institution institution;

    @Column(name = "name_ar", nullable = false, length = 300)
    @FullTextField(analyzer = AnalyzerNames.ARABIC)
    @FullTextField(name = "suggestAr", analyzer = AnalyzerNames.SUGGEST, searchAnalyzer = AnalyzerNames.SUGGEST_QUERY)
    private String nameAr;

    @Column(name = "name_en", nullable = false, length = 300)
    @FullTextField(analyzer = AnalyzerNames.ENGLISH)
    @FullTextField(name = "suggestEn", analyzer = AnalyzerNames.SUGGEST, searchAnalyzer = AnalyzerNames.SUGGEST_QUERY)
    private String nameEn;

    @Column(name = "name_ku", length = 300)
    @FullTextField(name = "suggestKu", analyzer = AnalyzerNames.SUGGEST, searchAnalyzer = AnalyzerNames.SUGGEST_QUERY)
    private String nameKu;

    @Column(name = "description", columnDefinition = "TEXT")
    private String description;

    @Column(name = "required_documents", columnDefinition = "TEXT")
    private String requiredDocuments;

    @Column(name = "standard_answer", columnDefinition = "TEXT")
    @FullTextField(analyzer = AnalyzerNames.ARABIC, projectable = Projectable.YES)
    private String standardAnswer;

    @Column(name = "first_response_minutes")
    private Integer firstResponseMinutes;

    @Column(name = "resolution_minutes")
    private Integer resolutionMinutes;

    @Column(name = "active", nullable = false)
    @GenericField
    private boolean active = true;

    /**
     * Whether the service came from the packaged sample catalogue rather than from the portal's real data: its
     * description, documents and standard answer are invented, and an agent must not read them out as fact. The last
     * import that wrote the row decides.
     */
    @Column(name = "sample", nullable = false)
    private boolean sample;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected EService() {
        // for JPA
    }

    public EService(String code, Institution institution, LocalizedName name, boolean sample) {
        this.code = requireNonNull(code, "code is required");
        moveTo(institution);
        rename(name);
        this.sample = sample;
    }

    /** The service is now offered by another institution, as when a directorate moves between ministries. */
    public void moveTo(Institution institution) {
        this.institution = requireNonNull(institution, "institution is required");
    }

    public void rename(LocalizedName name) {
        requireNonNull(name, "name is required");
        nameAr = name.ar();
        nameEn = name.en();
        nameKu = name.ku();
    }

    public void describe(String description, String requiredDocuments, String standardAnswer) {
        this.description = description;
        this.requiredDocuments = requiredDocuments;
        this.standardAnswer = standardAnswer;
    }

    /** Targets of this service that replace those of the ticket type; null keeps the type's. */
    public void targets(Duration firstResponse, Duration resolution) {
        firstResponseMinutes = firstResponse == null ? null : (int) firstResponse.toMinutes();
        resolutionMinutes = resolution == null ? null : (int) resolution.toMinutes();
    }

    /** Records where the service's content now comes from: the sample catalogue, or real data. */
    public void markSample(boolean sample) {
        this.sample = sample;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Institution getInstitution() {
        return institution;
    }

    public LocalizedName getName() {
        return new LocalizedName(nameAr, nameEn, nameKu);
    }

    public String getDescription() {
        return description;
    }

    public String getRequiredDocuments() {
        return requiredDocuments;
    }

    public String getStandardAnswer() {
        return standardAnswer;
    }

    public Optional<Duration> firstResponseTarget() {
        return Optional.ofNullable(firstResponseMinutes).map(Duration::ofMinutes);
    }

    public Optional<Duration> resolutionTarget() {
        return Optional.ofNullable(resolutionMinutes).map(Duration::ofMinutes);
    }

    public boolean isActive() {
        return active;
    }

    public boolean isSample() {
        return sample;
    }
}
