package org.hotline.ticket;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hotline.attachment.AttachmentContent;
import org.hotline.attachment.StoredFile;
import org.hotline.calendar.BusinessCalendar;
import org.hotline.calendar.Calendars;
import org.hotline.call.CallAnswerers;
import org.hotline.call.CallNotAnswered;
import org.hotline.catalog.EService;
import org.hotline.citizen.Citizen;
import org.hotline.citizen.CitizenNotFound;
import org.hotline.common.Role;
import org.hotline.common.UnknownReference;
import org.hotline.metrics.Metrics;
import org.hotline.security.UserAccount;
import org.hotline.survey.CallSurveys;

/**
 * The agents' boundary for tickets: open, read, list, move along the workflow, comment, update and assign. Every
 * change is checked against the version the caller saw, so two agents editing one ticket never overwrite each other
 * silently: the second gets {@link ConcurrentModification}.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class TicketDesk {

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private Calendars calendars;

    @Inject
    private Event<TicketAssigned> assigned;

    /** A public reply, for those who tell it to the citizen (the IVR's spoken copy). */
    @Inject
    private Event<PublicReplyAdded> replies;

    @Inject
    private Clock clock;

    @Inject
    private Metrics metrics;

    @Inject
    private CallSurveys surveys;

    /** A client's key: visible ASCII, as the HTTP header carries it, and as the column holds it. */
    private static final Pattern REQUEST_KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");

    public TicketView open(@NotNull @Valid NewTicket request) {
        Instant now = clock.instant();
        BusinessCalendar calendar = calendars.current();
        return TicketView.of(create(request, now, calendar), List.of(), calendar, now); // nothing attached yet
    }

    /** The new ticket, written and numbered. */
    private Ticket create(NewTicket request, Instant now, BusinessCalendar calendar) {
        if (request.type() == TicketType.COMPLAINT_ABOUT_STAFF) {
            throw new ComplaintIsConfidential("a new one"); // through the complaint intake, with its receipt
        }
        EService service = eService(request.eServiceCode());
        Ticket ticket = new Ticket(
                request.type(),
                request.channel(),
                request.priority(),
                request.subject(),
                request.description(),
                targets(request.type(), service),
                actor(),
                now);
        ticket.linkTo(citizen(request.citizenId()), service, null);
        if (request.callLinkedid() != null && !CallAnswerers.answeredBy(em, actor(), request.callLinkedid())) {
            throw new CallNotAnswered(); // its recording would be the desk's to hear
        }
        ticket.fromCall(request.callLinkedid());
        ticket.refreshSla(calendar, now);
        em.persist(ticket); // numbered now: an assignment names the ticket
        metrics.ticketCreated(request.type().name(), request.channel().name());
        if (request.teamCode() != null || request.assignee() != null) {
            assign(ticket, agent(request.assignee()), team(request.teamCode()), now, calendar);
        }
        em.flush();
        return ticket;
    }

    /** A ticket opened, and whether it was opened by an earlier request with the same key. */
    public record Opened(TicketView ticket, boolean earlier) {}

    /**
     * Opens the ticket once per key of the caller's ({@code Idempotency-Key}): the key is written in this transaction,
     * so a request whose answer was lost (a timeout, a 503 while the database failed over, with its commit done or not)
     * can be sent again with the same key and is given the ticket it created, or creates it now. The same key with
     * another request is refused, and so is a repeat that arrives while the first is still being answered (it is told
     * to ask again in a second). Keys are kept a day ({@link TicketRequestKeys}).
     */
    public Opened openOnce(@NotNull @Valid NewTicket request, String clientKey) {
        if (clientKey == null || !REQUEST_KEY.matcher(clientKey).matches()) {
            throw new RequestKeyRefused.Invalid();
        }
        String caller = actor();
        String fingerprint = fingerprint(request);
        List<TicketRequestKey> earlier = em.createQuery(
                        "select k from TicketRequestKey k join fetch k.ticket"
                                + " where k.caller = :caller and k.clientKey = :key",
                        TicketRequestKey.class)
                .setParameter("caller", caller)
                .setParameter("key", clientKey)
                .getResultList();
        if (!earlier.isEmpty()) {
            Ticket ticket = earlier.get(0).ticket();
            if (!earlier.get(0).fingerprint().equals(fingerprint)) {
                throw new RequestKeyRefused.Reused(
                        TicketNumber.forSequence(ticket.getId()).digits());
            }
            return new Opened(view(ticket, calendars.current(), clock.instant()), true);
        }
        Instant now = clock.instant();
        BusinessCalendar calendar = calendars.current();
        Ticket ticket = create(request, now, calendar);
        try {
            // inserted at once (its key is the database's), so a duplicate fails here
            em.persist(new TicketRequestKey(caller, clientKey, fingerprint, ticket, now));
            em.flush();
        } catch (PersistenceException sameKeyMeanwhile) {
            // the unique key: another request with this key wrote it first, and this one rolls back
            throw new RequestKeyRefused.InUse();
        }
        return new Opened(TicketView.of(ticket, List.of(), calendar, now), false);
    }

    /** What a request asks, as a digest: its fields in their record form, so that spacing and order do not count. */
    static String fingerprint(NewTicket request) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(request.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    public TicketView get(@NotNull TicketNumber number) {
        return view(ticket(number), calendars.current(), clock.instant());
    }

    /** A list's line per ticket; its number is made from the id by {@link #withNumber}. */
    private static final String SUMMARY = "select new org.hotline.ticket.TicketSummary(cast(t.id as String), t.type,"
            + " t.status, t.priority, t.subject, c.fullName, a.username, tm.code, t.createdAt, t.resolutionDueAt,"
            + " t.slaState, a.displayName, t.updatedAt) from Ticket t left join t.citizen c left join t.assignee a"
            + " left join t.team tm";

    public TicketPage list(@NotNull TicketFilter filter, @Min(0) int page, @Min(1) @Max(200) int size) {
        Where where = where(filter);
        String order = orderBy(filter.order() == null ? TicketFilter.Order.NEWEST : filter.order());
        TypedQuery<TicketSummary> rows = em.createQuery(SUMMARY + where.clause() + order, TicketSummary.class);
        where.parameters().forEach(rows::setParameter);
        List<TicketSummary> items = rows.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(TicketDesk::withNumber)
                .toList();
        return new TicketPage(items, count(where), page, size);
    }

    /**
     * The list's order as JPQL ({@link TicketFilter.Order}): the column, an empty value last either way, then the
     * ticket number in the same direction, so that paging never shows a ticket twice or skips one.
     */
    private static String orderBy(TicketFilter.Order order) {
        String direction = order.descending() ? " desc" : " asc";
        String emptyLast = switch (order.column()) {
            case ASSIGNEE -> "case when a.username is null then 1 else 0 end asc, ";
            case DUE -> "case when t.resolutionDueAt is null then 1 else 0 end asc, ";
            default -> "";
        };
        String by = switch (order.column()) {
            case NUMBER -> "t.id";
            case STATUS ->
                "case t.status when org.hotline.ticket.TicketStatus.NEW then 0"
                        + " when org.hotline.ticket.TicketStatus.OPEN then 1"
                        + " when org.hotline.ticket.TicketStatus.PENDING_CITIZEN then 2"
                        + " when org.hotline.ticket.TicketStatus.RESOLVED then 3 else 4 end";
            case PRIORITY ->
                "case t.priority when org.hotline.ticket.Priority.URGENT then 0"
                        + " when org.hotline.ticket.Priority.HIGH then 1 when org.hotline.ticket.Priority.NORMAL then 2"
                        + " else 3 end";
            case ASSIGNEE -> "a.username";
            case DUE -> "t.resolutionDueAt";
            case CREATED -> "t.createdAt";
            case UPDATED -> "t.updatedAt";
        };
        return " order by " + emptyLast + by + direction + ", t.id" + direction;
    }

    /**
     * The signed-in agent's home: their open tickets, the open ones nobody holds (complaints about staff are the
     * officers' and are left out), of those the ones in the agent's teams, and of mine or nobody's those due within a
     * day or already late; the earliest due first.
     */
    public AgentHome home() {
        Map<String, Object> open = new HashMap<>(Map.of(
                "open", java.util.EnumSet.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.PENDING_CITIZEN)));
        String isOpen = " where t.status in :open";
        String unassigned = " and t.assignee is null and t.type <> org.hotline.ticket.TicketType.COMPLAINT_ABOUT_STAFF";
        Map<String, Object> me = new HashMap<>(open);
        me.put("me", actor());
        String held = " t.assignee in (select u from UserAccount u where u.username = :me)";
        Where mine = new Where(isOpen + " and" + held, me);
        Where nobodys = new Where(isOpen + unassigned, open);
        Map<String, Object> soon = new HashMap<>(me);
        soon.put("soon", clock.instant().plus(java.time.Duration.ofDays(1)));
        Where dueSoon = new Where(
                isOpen + " and t.resolutionDueAt < :soon and (" + held + " or (1 = 1" + unassigned + "))", soon);
        Where myTeams = new Where(
                isOpen + unassigned + " and t.team.code in (select tc from UserAccount u"
                        + " join u.teamCodes tc where u.username = :me)",
                me);
        return new AgentHome(
                firstDue(mine),
                count(mine),
                firstDue(nobodys),
                count(nobodys),
                firstDue(dueSoon),
                count(dueSoon),
                firstDue(myTeams),
                count(myTeams));
    }

    private List<TicketSummary> firstDue(Where where) {
        TypedQuery<TicketSummary> rows = em.createQuery(
                SUMMARY + where.clause()
                        + " order by case when t.resolutionDueAt is null then 1 else 0 end, t.resolutionDueAt asc, t.id asc",
                TicketSummary.class);
        where.parameters().forEach(rows::setParameter);
        return rows.setMaxResults(AgentHome.SHOWN).getResultList().stream()
                .map(TicketDesk::withNumber)
                .toList();
    }

    /** How many tickets match, without reading any: what a paged list needs before its first page. */
    public long count(@NotNull TicketFilter filter) {
        return count(where(filter));
    }

    /** A filter as a JPQL where clause and its parameters; list and count share it. */
    private record Where(String clause, Map<String, Object> parameters) {}

    private static Where where(TicketFilter filter) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        condition(where, parameters, "t.status = :status", "status", filter.status());
        condition(where, parameters, "t.type = :type", "type", filter.type());
        condition(where, parameters, "t.team.code = :team", "team", filter.teamCode());
        condition(where, parameters, "t.assignee.username = :assignee", "assignee", filter.assignee());
        condition(where, parameters, "t.slaState = :sla", "sla", filter.slaState());
        return new Where(where.toString(), parameters);
    }

    private long count(Where where) {
        TypedQuery<Long> count = em.createQuery("select count(t) from Ticket t" + where.clause(), Long.class);
        where.parameters().forEach(count::setParameter);
        return count.getSingleResult();
    }

    public TicketView moveTo(
            @NotNull TicketNumber number,
            long seenVersion,
            @NotNull TicketStatus target,
            @Size(max = TicketEvent.DETAIL_MAX) String reason) {
        return change(
                number,
                seenVersion,
                TicketAction.MOVE,
                (ticket, calendar, now) -> ticket.moveTo(target, reason, actor(), now, calendar));
    }

    public TicketView comment(
            @NotNull TicketNumber number, @NotBlank @Size(max = TicketComment.BODY_MAX) String body, boolean internal) {
        Ticket ticket = ticket(number);
        TicketView view = change(
                number,
                ticket.getVersion(),
                TicketAction.COMMENT,
                (t, calendar, now) -> t.comment(body, internal, actor(), now, calendar));
        if (!internal) {
            replies.fire(PublicReplyAdded.latestOf(ticket));
        }
        return view;
    }

    public TicketView update(@NotNull TicketNumber number, long seenVersion, @NotNull @Valid TicketChanges changes) {
        return change(number, seenVersion, TicketAction.EDIT, (ticket, calendar, now) -> {
            ticket.update(changes.priority(), changes.subject(), changes.description(), actor(), now, calendar);
            if (changes.eServiceCode() != null) {
                ticket.linkTo(ticket.getCitizen(), eService(changes.eServiceCode()), null);
            }
            if (changes.teamCode() != null || changes.assignee() != null) {
                assign(
                        ticket,
                        changes.assignee() != null ? agent(changes.assignee()) : ticket.getAssignee(),
                        changes.teamCode() != null ? team(changes.teamCode()) : ticket.getTeam(),
                        now,
                        calendar);
            }
        });
    }

    /** One change to one ticket, against the version the caller saw, flushed so that a race shows here. */
    private TicketView change(TicketNumber number, long seenVersion, TicketAction action, Change change) {
        Instant now = clock.instant();
        BusinessCalendar calendar = calendars.current();
        Ticket ticket = allowing(ticket(number), action);
        ticket.expectVersion(seenVersion);
        change.apply(ticket, calendar, now);
        try {
            em.flush();
        } catch (OptimisticLockException race) {
            throw new ConcurrentModification(number, seenVersion, seenVersion + 1);
        }
        return view(ticket, calendar, now);
    }

    /**
     * The one place a ticket changes hands. The new holder is told ({@link TicketAssigned}, observed after the commit)
     * when someone else gave it to them; taking a ticket oneself, or keeping the same holder, tells nobody.
     */
    private void assign(Ticket ticket, UserAccount agent, Team team, Instant now, BusinessCalendar calendar) {
        String before =
                ticket.getAssignee() == null ? null : ticket.getAssignee().getUsername();
        ticket.assignTo(agent, team, actor(), now, calendar);
        if (agent != null
                && !agent.getUsername().equals(before)
                && !agent.getUsername().equals(actor())) {
            // the agent reads who gave it as a person, as everywhere else on the desk
            String by = em.createQuery(
                            "select u.displayName from UserAccount u where u.username = :username", String.class)
                    .setParameter("username", actor())
                    .getResultStream()
                    .findFirst()
                    .orElse(actor());
            assigned.fire(new TicketAssigned(ticket.number().digits(), agent.getUsername(), by));
        }
    }

    /** Attaches a file; its type is checked by its content ({@link AttachmentPolicy}). */
    public AttachmentView attach(
            @NotNull TicketNumber number, @Size(max = 1000) String fileName, @NotNull byte[] content) {
        Instant now = clock.instant();
        Ticket ticket = allowing(ticket(number), TicketAction.ATTACH);
        TicketAttachment attachment = ticket.attach(fileName, content, actor(), now, calendars.current());
        em.persist(attachment);
        em.flush();
        StoredFile file = attachment.getFile();
        return new AttachmentView(
                attachment.getId(),
                file.getFileName(),
                file.getMediaType(),
                file.getSizeBytes(),
                file.getSha256(),
                attachment.getUploadedBy(),
                attachment.getUploadedAt());
    }

    public AttachmentContent attachment(@NotNull TicketNumber number, long attachmentId) {
        TicketAttachment attachment = em.find(TicketAttachment.class, attachmentId);
        if (attachment == null || !attachment.getTicket().getId().equals(number.sequence())) {
            throw new TicketNotFound(number);
        }
        return attachment.getFile().download();
    }

    /** Folds a duplicate into the ticket that carries on; see {@link Ticket#mergeInto}. */
    public TicketView merge(@NotNull TicketNumber duplicate, long seenVersion, @NotNull TicketNumber survivor) {
        Ticket carriesOn = notComplaint(ticket(survivor));
        return change(
                duplicate,
                seenVersion,
                TicketAction.MERGE,
                (ticket, calendar, now) -> ticket.mergeInto(carriesOn, actor(), now, calendar));
    }

    private TicketView view(Ticket ticket, BusinessCalendar calendar, Instant now) {
        List<AttachmentView> attachments = em.createQuery(
                        "select new org.hotline.ticket.AttachmentView(a.id,"
                                + " a.file.fileName, a.file.mediaType, a.file.sizeBytes, a.file.sha256, a.uploadedBy, a.uploadedAt)"
                                + " from TicketAttachment a where a.ticket = :ticket order by a.uploadedAt, a.id",
                        AttachmentView.class)
                .setParameter("ticket", ticket)
                .getResultList();
        return TicketView.of(ticket, attachments, calendar, now).withSurvey(surveys.of(ticket.getCallLinkedid()));
    }

    @FunctionalInterface
    private interface Change {
        void apply(Ticket ticket, BusinessCalendar calendar, Instant now);
    }

    /**
     * The ticket, when it allows the action ({@link Ticket#allowedActions()}, the rule the pages and the API show). A
     * complaint allows none here: it is changed, commented and given evidence on the officers' complaint desk only.
     * Of an ordinary ticket only moving and merging can be refused, and the workflow ({@link Ticket#moveTo}) and the
     * merge ({@link Ticket#mergeInto}) refuse them with their own reasons.
     */
    private static Ticket allowing(Ticket ticket, TicketAction action) {
        return ticket.allowedActions().contains(action) ? ticket : notComplaint(ticket);
    }

    private static Ticket notComplaint(Ticket ticket) {
        if (ticket.getType() == TicketType.COMPLAINT_ABOUT_STAFF) {
            throw new ComplaintIsConfidential(ticket.number().digits());
        }
        return ticket;
    }

    private Ticket ticket(TicketNumber number) {
        Ticket ticket = em.find(Ticket.class, number.sequence());
        if (ticket == null) {
            throw new TicketNotFound(number);
        }
        return ticket;
    }

    private SlaTargets targets(TicketType type, EService service) {
        SlaTarget byType = em.find(SlaTarget.class, type);
        var firstResponse =
                service != null ? service.firstResponseTarget().orElse(byType.firstResponse()) : byType.firstResponse();
        var resolution = service != null ? service.resolutionTarget().orElse(byType.resolution()) : byType.resolution();
        return new SlaTargets(firstResponse, resolution.compareTo(firstResponse) < 0 ? firstResponse : resolution);
    }

    private Citizen citizen(Long id) {
        if (id == null) {
            return null;
        }
        Citizen citizen = em.find(Citizen.class, id);
        if (citizen == null) {
            throw new CitizenNotFound(id);
        }
        return citizen;
    }

    private EService eService(String code) {
        return code == null
                ? null
                : single("select s from EService s where s.code = :value", EService.class, code, "eServiceCode");
    }

    private Team team(String code) {
        return code == null ? null : single("select t from Team t where t.code = :value", Team.class, code, "teamCode");
    }

    private UserAccount agent(String username) {
        return username == null
                ? null
                : single(
                        "select u from UserAccount u where u.username = :value",
                        UserAccount.class,
                        username,
                        "assignee");
    }

    private <T> T single(String query, Class<T> type, String value, String field) {
        return em.createQuery(query, type)
                .setParameter("value", value)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new UnknownReference(field, value));
    }

    private String actor() {
        return session.getCallerPrincipal().getName();
    }

    private static void condition(
            StringBuilder where, Map<String, Object> parameters, String clause, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            parameters.put(name, value);
        }
    }

    /** The list query selects the id; the number with its check digit is computed here. */
    private static TicketSummary withNumber(TicketSummary row) {
        return new TicketSummary(
                TicketNumber.forSequence(Long.parseLong(row.number())).digits(),
                row.type(),
                row.status(),
                row.priority(),
                row.subject(),
                row.citizenName(),
                row.assignee(),
                row.team(),
                row.createdAt(),
                row.resolutionDueAt(),
                row.slaState(),
                row.assigneeName(),
                row.updatedAt());
    }
}
