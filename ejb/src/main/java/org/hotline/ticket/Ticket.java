package org.hotline.ticket;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.type.SqlTypes;
import org.hotline.calendar.BusinessCalendar;
import org.hotline.calendar.SlaClock;
import org.hotline.catalog.EService;
import org.hotline.catalog.Institution;
import org.hotline.citizen.Citizen;
import org.hotline.common.AnalyzerNames;
import org.hotline.common.InvalidInput;
import org.hotline.security.UserAccount;

/**
 * One enquiry or case. Its rules live here: the workflow (through {@link TicketStatus}), the timeline that records
 * every change, the SLA clocks that pause while the citizen is awaited, and the due time and SLA state kept in
 * columns so that lists filter and sort on them in the database.
 *
 * <p>Search indexes a ticket with its comments and the codes of its links; complaints about staff never
 * enter the index ({@link ComplaintsStayOutOfTicketSearch}), whose content only officers search. The linked
 * e-service, institution, team and citizen are indexed as they are when the ticket changes or is re-indexed
 * ({@code SHALLOW}): their codes and names do not change under a ticket, and a renamed e-service is caught up by the
 * administrators' re-index.
 */
@Entity
@Table(name = "ticket")
@Indexed(index = "ticket", routingBinder = @RoutingBinderRef(type = ComplaintsStayOutOfTicketSearch.class))
public class Ticket {

    public static final int SUBJECT_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "type", nullable = false, length = 30)
    @GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private TicketType type;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "channel", nullable = false, length = 10)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "priority", nullable = false, length = 10)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    @GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private TicketStatus status = TicketStatus.NEW;

    @Column(name = "subject", nullable = false, length = SUBJECT_MAX)
    @FullTextField(analyzer = AnalyzerNames.ARABIC, projectable = Projectable.YES)
    private String subject;

    @Column(name = "description", columnDefinition = "TEXT")
    @FullTextField(analyzer = AnalyzerNames.ARABIC, projectable = Projectable.YES)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "citizen_id")
    @IndexedEmbedded(
            includePaths = {"id", "fullName"},
            includeEmbeddedObjectId = true)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Citizen citizen;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "e_service_id")
    @IndexedEmbedded(includePaths = {"code", "nameAr", "nameEn"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private EService eService;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "institution_id")
    @IndexedEmbedded(includePaths = "code")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Institution institution;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private UserAccount assignee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    @IndexedEmbedded(includePaths = "code")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Team team;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Ticket mergedInto;

    @Column(name = "call_linkedid", length = 64)
    private String callLinkedid;

    /** The slow hash of a complaint's receipt PIN; the IVR asks for it. */
    @Column(name = "receipt_pin_hash", length = 255)
    private String receiptPinHash;

    @Column(name = "created_at", nullable = false)
    @GenericField(sortable = Sortable.YES, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "first_responded_at")
    private Instant firstRespondedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "first_response_minutes", nullable = false)
    private int firstResponseMinutes;

    @Column(name = "resolution_minutes", nullable = false)
    private int resolutionMinutes;

    @ElementCollection
    @CollectionTable(name = "ticket_pause", joinColumns = @JoinColumn(name = "ticket_id"))
    @OrderBy("startedAt")
    private List<PauseRecord> pauses = new ArrayList<>();

    @Column(name = "resolution_due_at")
    private Instant resolutionDueAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "sla_state", nullable = false, length = 10)
    private SlaClock.State slaState = SlaClock.State.ON_TRACK;

    /** The first-response clock's state, kept like the resolution clock's so that reports count it in the database. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "first_response_state", length = 10)
    private SlaClock.State firstResponseState;

    /**
     * The next moment one of the stored SLA states can change by time alone (see {@link SlaClock#nextChangeAt}); the
     * SLA watch looks only at the tickets whose moment has come, so its work follows what changes, not what exists.
     * Null when no clock can change without a change to the ticket (done, paused, or breached).
     */
    @Column(name = "sla_check_at")
    private Instant slaCheckAt;

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<TicketEvent> events = new ArrayList<>();

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    @BatchSize(size = 100) // the re-index reads the comments of a hundred tickets at a time, not one by one
    private List<TicketComment> comments = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Ticket() {
        // for JPA
    }

    /** A new ticket, with the SLA targets that apply to it frozen at creation. */
    public Ticket(
            TicketType type,
            Channel channel,
            Priority priority,
            String subject,
            String description,
            SlaTargets targets,
            String createdBy,
            Instant now) {
        this.type = requireNonNull(type, "type is required");
        this.channel = requireNonNull(channel, "channel is required");
        this.priority = priority == null ? Priority.NORMAL : priority;
        describe(subject, description);
        this.firstResponseMinutes = (int)
                requireNonNull(targets, "targets are required").firstResponse().toMinutes();
        this.resolutionMinutes = (int) targets.resolution().toMinutes();
        this.createdBy = requireNonNull(createdBy, "createdBy is required");
        this.createdAt = requireNonNull(now, "now is required");
        this.updatedAt = now;
        events.add(new TicketEvent(this, now, createdBy, TicketEvent.Kind.CREATED, null, TicketStatus.NEW, null));
    }

    private void describe(String newSubject, String newDescription) {
        requireNonNull(newSubject, "subject is required");
        if (newSubject.isBlank() || newSubject.length() > SUBJECT_MAX) {
            throw new InvalidInput("subject", "1 to " + SUBJECT_MAX + " characters");
        }
        subject = newSubject.strip();
        description = newDescription == null || newDescription.isBlank() ? null : newDescription.strip();
    }

    /** Moves the ticket along its workflow; the move, its reason and who made it go on the timeline. */
    public void moveTo(TicketStatus target, String reason, String actor, Instant now, BusinessCalendar calendar) {
        requireNonNull(target, "target is required");
        if (!status.canMoveTo(target)) {
            throw new InvalidTransition(status, target);
        }
        TicketStatus from = status;
        if (from.pausesSla()) {
            pauses.stream().filter(PauseRecord::isOpen).forEach(pause -> pause.end(now));
        }
        if (target.pausesSla()) {
            pauses.add(new PauseRecord(now));
        }
        if (target == TicketStatus.RESOLVED) {
            resolvedAt = now;
        } else if (from == TicketStatus.RESOLVED) {
            resolvedAt = null;
        }
        status = target;
        respondedBy(now);
        events.add(new TicketEvent(this, now, actor, TicketEvent.Kind.STATUS_CHANGED, from, target, reason));
        touched(now, calendar);
    }

    public void comment(String body, boolean internal, String author, Instant now, BusinessCalendar calendar) {
        comments.add(new TicketComment(this, now, author, body, internal));
        if (!internal) {
            respondedBy(now);
        }
        events.add(new TicketEvent(
                this, now, author, TicketEvent.Kind.COMMENTED, null, null, internal ? "internal" : "public"));
        touched(now, calendar);
    }

    /** The call (its linkedid) the ticket was opened during, or that a callback task answers. */
    public void fromCall(String linkedid) {
        callLinkedid = linkedid;
    }

    /**
     * A complaint about staff: the ticket carries only a neutral subject (its content lives in the confidential
     * complaint part), no citizen, high priority, and the slow hash of its receipt PIN.
     */
    public static Ticket complaint(
            Channel channel, SlaTargets targets, String receiptPinHash, String actor, Instant now) {
        Ticket ticket = new Ticket(
                TicketType.COMPLAINT_ABOUT_STAFF, channel, Priority.HIGH, COMPLAINT_SUBJECT, null, targets, actor, now);
        ticket.receiptPinHash = receiptPinHash;
        return ticket;
    }

    /** All that agents and supervisors read of a complaint; pages show it in the reader's language. */
    public static final String COMPLAINT_SUBJECT = GeneratedSubject.COMPLAINT.subject(null);

    /** An agent's phone was asked to ring the citizen back: the PBX rings the agent, then the citizen. */
    public void callbackDialled(String phoneInterface, String actor, Instant now, BusinessCalendar calendar) {
        events.add(new TicketEvent(this, now, actor, TicketEvent.Kind.CALLBACK_DIALLED, null, null, phoneInterface));
        touched(now, calendar);
    }

    /** How the callback ended; a citizen who answered has had the hotline's first response. */
    public void callbackResult(CallbackOutcome outcome, String actor, Instant now, BusinessCalendar calendar) {
        if (outcome == CallbackOutcome.ANSWERED) {
            respondedBy(now);
        }
        events.add(new TicketEvent(this, now, actor, TicketEvent.Kind.CALLBACK_RESULT, null, null, outcome.name()));
        touched(now, calendar);
    }

    public void update(
            Priority newPriority,
            String newSubject,
            String newDescription,
            String actor,
            Instant now,
            BusinessCalendar calendar) {
        describe(newSubject == null ? subject : newSubject, newDescription == null ? description : newDescription);
        if (newPriority != null) {
            priority = newPriority;
        }
        events.add(new TicketEvent(this, now, actor, TicketEvent.Kind.UPDATED, null, null, null));
        touched(now, calendar);
    }

    public void linkTo(Citizen newCitizen, EService newService, Institution newInstitution) {
        citizen = newCitizen;
        eService = newService;
        institution = newService != null ? newService.getInstitution() : newInstitution;
    }

    public void assignTo(UserAccount agent, Team newTeam, String actor, Instant now, BusinessCalendar calendar) {
        assignee = agent;
        team = newTeam;
        events.add(new TicketEvent(
                this,
                now,
                actor,
                TicketEvent.Kind.ASSIGNED,
                null,
                null,
                (agent == null ? "-" : agent.getUsername()) + " / " + (newTeam == null ? "-" : newTeam.getCode())));
        touched(now, calendar);
    }

    /** Attaches a file (checked by {@link AttachmentPolicy}); returns it for the caller to persist. */
    public TicketAttachment attach(
            String fileName, byte[] content, String actor, Instant now, BusinessCalendar calendar) {
        TicketAttachment attachment = new TicketAttachment(this, fileName, content, actor, now);
        events.add(new TicketEvent(
                this,
                now,
                actor,
                TicketEvent.Kind.ATTACHED,
                null,
                null,
                attachment.getFile().getFileName() + " (" + attachment.getFile().getSha256() + ")"));
        touched(now, calendar);
        return attachment;
    }

    /**
     * Folds this duplicate into the survivor: it is closed whatever its status, points to the survivor, and both
     * timelines say so. The survivor keeps its own status and clocks.
     */
    public void mergeInto(Ticket survivor, String actor, Instant now, BusinessCalendar calendar) {
        requireNonNull(survivor, "survivor is required");
        if (survivor == this || survivor.id.equals(id)) {
            throw new MergeRefused("a ticket cannot be merged into itself");
        }
        if (!allowedActions().contains(TicketAction.MERGE)) {
            throw new MergeRefused("ticket " + number() + " is closed or already merged");
        }
        if (survivor.status == TicketStatus.CLOSED) {
            throw new MergeRefused("ticket " + survivor.number() + " is closed and cannot take in another");
        }
        TicketStatus from = status;
        pauses.stream().filter(PauseRecord::isOpen).forEach(pause -> pause.end(now));
        mergedInto = survivor;
        status = TicketStatus.CLOSED;
        events.add(new TicketEvent(
                this,
                now,
                actor,
                TicketEvent.Kind.MERGED_INTO,
                from,
                TicketStatus.CLOSED,
                survivor.number().digits()));
        survivor.events.add(
                new TicketEvent(survivor, now, actor, TicketEvent.Kind.MERGED_FROM, null, null, number().digits()));
        touched(now, calendar);
        survivor.touched(now, calendar);
    }

    /**
     * What the ticket desk may do to this ticket now, the one rule the desk enforces and the pages and the API show.
     * A complaint about staff allows nothing here (its case is handled on the officers' complaint desk); a closed
     * ticket cannot move any more, and a closed or merged one cannot be merged.
     */
    public Set<TicketAction> allowedActions() {
        if (type == TicketType.COMPLAINT_ABOUT_STAFF) {
            return EnumSet.noneOf(TicketAction.class);
        }
        Set<TicketAction> allowed = EnumSet.of(TicketAction.COMMENT, TicketAction.ATTACH, TicketAction.EDIT);
        if (!status.next().isEmpty()) {
            allowed.add(TicketAction.MOVE);
        }
        if (mergedInto == null && status != TicketStatus.CLOSED) {
            allowed.add(TicketAction.MERGE);
        }
        return allowed;
    }

    /** The first answer to the citizen stops the first-response clock. */
    private void respondedBy(Instant now) {
        if (firstRespondedAt == null) {
            firstRespondedAt = now;
        }
    }

    private void touched(Instant now, BusinessCalendar calendar) {
        updatedAt = now;
        refreshSla(calendar, now);
    }

    /** Brings the stored due time and SLA state up to date; the SLA timer calls it too. */
    public void refreshSla(BusinessCalendar calendar, Instant now) {
        SlaClock clock = resolutionClock();
        Instant measuredAt = resolvedAt != null ? resolvedAt : now;
        slaState = clock.state(calendar, measuredAt);
        firstResponseState = firstResponseState(calendar, now);
        resolutionDueAt = status.isDone() ? null : clock.dueAt(calendar, now);
        slaCheckAt = status.isDone() ? null : nextSlaChange(calendar, now);
    }

    /** The earlier of the clocks' next changes; the first-response clock counts only while no answer was given. */
    private Instant nextSlaChange(BusinessCalendar calendar, Instant now) {
        Instant resolution = resolutionClock().nextChangeAt(calendar, now);
        Instant firstResponse = firstRespondedAt == null ? firstResponseClock().nextChangeAt(calendar, now) : null;
        if (resolution == null || firstResponse == null) {
            return resolution == null ? firstResponse : resolution;
        }
        return firstResponse.isBefore(resolution) ? firstResponse : resolution;
    }

    public SlaClock resolutionClock() {
        return clock(resolutionMinutes);
    }

    public SlaClock firstResponseClock() {
        return clock(firstResponseMinutes);
    }

    /** How the first-response clock stands: as it stood at the first answer, or now while none was given. */
    public SlaClock.State firstResponseState(BusinessCalendar calendar, Instant now) {
        return firstResponseClock().state(calendar, firstRespondedAt != null ? firstRespondedAt : now);
    }

    /** Both clocks start at creation and stand still during the same pauses; only their targets differ. */
    private SlaClock clock(int targetMinutes) {
        return new SlaClock(
                createdAt,
                Duration.ofMinutes(targetMinutes),
                pauses.stream().map(PauseRecord::toPause).toList());
    }

    /** The version the caller saw must be the current one, or somebody else changed the ticket in between. */
    public void expectVersion(long seen) {
        if (seen != version) {
            throw new ConcurrentModification(number(), seen, version);
        }
    }

    public TicketNumber number() {
        return TicketNumber.forSequence(id);
    }

    /** The number as search matches it: whole, and without its check digit for callers who leave it off. */
    @KeywordField(name = "number")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO) // a ticket's number never changes
    public List<String> getNumberForms() {
        String digits = number().digits();
        return List.of(digits, digits.substring(0, digits.length() - 1));
    }

    @FullTextField(name = "publicComments", analyzer = AnalyzerNames.ARABIC, projectable = Projectable.YES)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath({@PropertyValue(propertyName = "comments"), @PropertyValue(propertyName = "body")}),
                @ObjectPath({@PropertyValue(propertyName = "comments"), @PropertyValue(propertyName = "internal")})
            })
    public List<String> getPublicCommentTexts() {
        return comments.stream()
                .filter(comment -> !comment.isInternal())
                .map(TicketComment::getBody)
                .toList();
    }

    @FullTextField(name = "internalComments", analyzer = AnalyzerNames.ARABIC, projectable = Projectable.YES)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath({@PropertyValue(propertyName = "comments"), @PropertyValue(propertyName = "body")}),
                @ObjectPath({@PropertyValue(propertyName = "comments"), @PropertyValue(propertyName = "internal")})
            })
    public List<String> getInternalCommentTexts() {
        return comments.stream()
                .filter(TicketComment::isInternal)
                .map(TicketComment::getBody)
                .toList();
    }

    public Long getId() {
        return id;
    }

    public TicketType getType() {
        return type;
    }

    public Channel getChannel() {
        return channel;
    }

    public Priority getPriority() {
        return priority;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public String getSubject() {
        return subject;
    }

    public String getDescription() {
        return description;
    }

    public Citizen getCitizen() {
        return citizen;
    }

    public EService getEService() {
        return eService;
    }

    public Institution getInstitution() {
        return institution;
    }

    public UserAccount getAssignee() {
        return assignee;
    }

    public Team getTeam() {
        return team;
    }

    public String getReceiptPinHash() {
        return receiptPinHash;
    }

    public String getCallLinkedid() {
        return callLinkedid;
    }

    public Ticket getMergedInto() {
        return mergedInto;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getFirstRespondedAt() {
        return firstRespondedAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getResolutionDueAt() {
        return resolutionDueAt;
    }

    public Instant getSlaCheckAt() {
        return slaCheckAt;
    }

    /**
     * Looks at this ticket's clocks again at {@code later} only: for a ticket whose clocks could not be brought up to
     * date, so that it does not stand in front of every other due ticket at each pass of the SLA watch.
     */
    void postponeSlaCheck(Instant later) {
        slaCheckAt = later;
    }

    public SlaClock.State getSlaState() {
        return slaState;
    }

    public List<TicketEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }

    public List<TicketComment> getComments() {
        return Collections.unmodifiableList(comments);
    }

    public long getVersion() {
        return version;
    }
}
