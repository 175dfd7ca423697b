package org.hotline.citizen;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hotline.common.AnalyzerNames;
import org.hotline.common.Digits;
import org.hotline.common.InvalidInput;

/**
 * A caller or filer. Phone numbers are kept in E.164 and each belongs to one citizen at most (the database's key on
 * the number says so). The national ID is shown masked everywhere, and search holds only its last four
 * characters.
 */
@Entity
@Table(name = "citizen")
@Indexed(index = "citizen")
@NamedQuery(name = Citizen.BY_PHONE, query = "select c from Citizen c join c.phones p where p = :e164")
public class Citizen {

    /** The citizen who owns a number (parameter {@code e164}); the one query for it. */
    public static final String BY_PHONE = "Citizen.byPhone";

    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "full_name", length = NAME_MAX)
    @FullTextField(analyzer = AnalyzerNames.ARABIC, projectable = Projectable.YES)
    private String fullName;

    @Column(name = "national_id", length = 32)
    private String nationalId;

    @Column(name = "preferred_language", nullable = false, length = 2)
    private String preferredLanguage = "ar";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "citizen_phone", joinColumns = @JoinColumn(name = "citizen_id"))
    @Column(name = "e164", nullable = false, length = 16)
    private Set<String> phones = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Citizen() {
        // for JPA
    }

    public Citizen(String fullName, String nationalId, String preferredLanguage, PhoneNumber phone, Instant createdAt) {
        this.fullName = fullName == null || fullName.isBlank() ? null : fullName.strip();
        this.nationalId = normaliseNationalId(nationalId);
        this.preferredLanguage = preferredLanguage == null ? "ar" : preferredLanguage;
        if (!this.preferredLanguage.matches("ar|en|ku")) {
            throw new InvalidInput("preferredLanguage", "ar, en or ku");
        }
        this.createdAt = requireNonNull(createdAt, "createdAt is required");
        phones.add(requireNonNull(phone, "a phone number is required").e164());
    }

    /** Digits only, Arabic-Indic folded; null when nothing was given. */
    public static String normaliseNationalId(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String digits = Digits.toLatin(typed).replaceAll("[\\s-]", "");
        if (!digits.matches("[0-9A-Za-z]{4,32}")) {
            throw new InvalidNationalId();
        }
        return digits;
    }

    /** The national ID as shown to anyone: every character but the last four masked. */
    public static String mask(String nationalId) {
        if (nationalId == null) {
            return null;
        }
        int visible = Math.min(4, nationalId.length());
        return "•".repeat(nationalId.length() - visible) + nationalId.substring(nationalId.length() - visible);
    }

    public void addPhone(PhoneNumber phone) {
        phones.add(phone.e164());
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public String getMaskedNationalId() {
        return mask(nationalId);
    }

    /** What an agent reads back to confirm a caller: the visible end of the masked ID. */
    @KeywordField(name = "idSuffix")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "nationalId")))
    public String getNationalIdSuffix() {
        return nationalId == null
                ? null
                : nationalId.substring(Math.max(0, nationalId.length() - 4)).toUpperCase();
    }

    /** Every number as search matches it: in the forms of {@link PhoneNumber#writtenForms()}. */
    @KeywordField(name = "phone")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "phones")))
    public List<String> getPhoneForms() {
        return phones.stream()
                .flatMap(e164 -> new PhoneNumber(e164).writtenForms().stream())
                .distinct()
                .toList();
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    /** The language the citizen chose (in the IVR, or told an agent): ar, ku or en. */
    public void prefer(String language) {
        preferredLanguage = requireNonNull(language, "language is required");
    }

    public Set<String> getPhones() {
        return Collections.unmodifiableSet(phones);
    }

    public long getVersion() {
        return version;
    }
}
