package org.hotline.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.hotline.common.Role;
import org.hotline.common.StatedReason;
import org.hotline.complaint.Allegation;
import org.hotline.complaint.BulkAssignment;
import org.hotline.complaint.CaseFilter;
import org.hotline.complaint.CasePage;
import org.hotline.complaint.CaseState;
import org.hotline.complaint.ComplainantIdentity;
import org.hotline.complaint.ComplaintCases;
import org.hotline.complaint.ComplaintHotspots;
import org.hotline.complaint.ComplaintIntake;
import org.hotline.complaint.ComplaintView;
import org.hotline.complaint.EvidenceFile;
import org.hotline.complaint.Hotspots;
import org.hotline.complaint.NewComplaint;
import org.hotline.complaint.Receipt;
import org.hotline.ticket.TicketNumber;
import org.hotline.web.http.Downloads;

/**
 * Complaints about staff: agents file them during a call, get the receipt to read out (once) and add the caller's
 * evidence; officers list and read them (audited), unseal a complainant's identity with a written reason (audited),
 * move the case with decisions and deadlines, assign it, ask the complainant questions (with files for them), read the
 * conversation and the evidence (audited) and see the hotspots (audited, as is every export). Nobody else reads a complaint.
 */
@Path("/complaints")
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintsResource {

    @EJB
    private ComplaintIntake intake;

    @EJB
    private ComplaintCases cases;

    @EJB
    private ComplaintHotspots hotspots;

    /** The receipt, shown once: the caller must keep the number and the PIN. */
    public record Filed(String number, String pin, String warning) {}

    @RolesAllowed(Role.Names.AGENT)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response file(@NotNull @Valid NewComplaint complaint, @jakarta.ws.rs.core.Context UriInfo uri) {
        Receipt receipt = intake.fileByPhone(complaint, List.of());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(receipt.number()).build())
                .entity(new Filed(
                        receipt.number(),
                        receipt.pin(),
                        "Read the number and the PIN to the caller now:"
                                + " the PIN is shown only once and cannot be recovered."))
                .build();
    }

    /**
     * The officer's case list, the earliest deadline first: {@code ?state=TRIAGE&mine=true&overdue=true
     * &institution=MOI&allegation=BRIBE_REQUEST&dueBy=2026-12-31&first=0&size=100}, each optional (at most 500 a page;
     * {@code mine} and {@code overdue} are true or false, anything else a 400 naming it); {@code X-Total-Count} says
     * how many match in all.
     */
    @RolesAllowed(Role.Names.OFFICER)
    @GET
    public Response list(
            @QueryParam("state") String state,
            @QueryParam("mine") String mine,
            @QueryParam("overdue") String overdue,
            @QueryParam("institution") String institution,
            @QueryParam("allegation") String allegation,
            @QueryParam("dueBy") String dueBy,
            @QueryParam("first") String first,
            @QueryParam("size") String size) {
        int from = ApiParams.whole("first", first, 0);
        int count = ApiParams.whole("size", size, ComplaintCases.LIST_LIMIT);
        if (from < 0) {
            throw ApiParams.invalid("first", "is 0 or more");
        }
        if (count < 1 || count > ComplaintCases.LIST_LIMIT) {
            throw ApiParams.invalid("size", "is from 1 to " + ComplaintCases.LIST_LIMIT);
        }
        CasePage page = cases.page(
                new CaseFilter(
                        ApiParams.oneOf(CaseState.class, "state", state),
                        ApiParams.yesOrNo("mine", mine),
                        ApiParams.yesOrNo("overdue", overdue),
                        institution,
                        ApiParams.oneOf(Allegation.class, "allegation", allegation),
                        ApiParams.day("dueBy", dueBy)),
                from,
                count);
        return Response.ok(page.cases()).header("X-Total-Count", page.total()).build();
    }

    /** {@code {"numbers": ["1000017", …], "officer": "username"}}: at most 100 cases, each assigned or refused alone. */
    public record Assignments(
            @NotNull @jakarta.validation.constraints.Size(min = 1, max = ComplaintCases.BULK_LIMIT)
            List<@NotNull String> numbers,

            @jakarta.validation.constraints.NotBlank String officer) {}

    @RolesAllowed(Role.Names.OFFICER)
    @POST
    @Path("/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    public BulkAssignment assignAll(@NotNull @Valid Assignments assignments) {
        return cases.assignAll(
                assignments.numbers().stream().map(TicketNumber::parse).toList(), assignments.officer());
    }

    /** Hotspots over {@code ?from=2026-09-01&to=2026-11-30} (Baghdad days; the last 90 days by default). */
    @RolesAllowed(Role.Names.OFFICER)
    @GET
    @Path("/hotspots")
    public Hotspots hotspots(@QueryParam("from") String from, @QueryParam("to") String to) {
        ApiParams.Days days = ApiParams.period(from, to, Hotspots.WINDOW_DAYS);
        return hotspots.hotspots(days.from(), days.to());
    }

    /** The same as CSV for a spreadsheet; every export is audited. */
    @RolesAllowed(Role.Names.OFFICER)
    @GET
    @Path("/hotspots.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response hotspotsCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
        ApiParams.Days days = ApiParams.period(from, to, Hotspots.WINDOW_DAYS);
        LocalDate start = days.from();
        LocalDate end = days.to();
        return Response.ok(hotspots.exportCsv(start, end))
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"complaint-hotspots-" + start + "-" + end + ".csv\"")
                .build();
    }

    /** Digits only, so that the hotspots' paths never read as a complaint number. */
    @RolesAllowed(Role.Names.OFFICER)
    @GET
    @Path("/{number: [0-9]+}")
    public ComplaintView view(@PathParam("number") String number) {
        return cases.view(TicketNumber.parse(number));
    }

    /** {@code {"to": "TRIAGE", "reason": "…", "reference": "…"}}: a decision moving the case (reference: referrals). */
    public record Move(
            @NotNull CaseState to,

            @StatedReason(max = 2000) String reason,

            @jakarta.validation.constraints.Size(max = 100) String reference,
            LocalDate dueOn) {}

    @RolesAllowed(Role.Names.OFFICER)
    @POST
    @Path("/{number}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public ComplaintView move(@PathParam("number") String number, @NotNull @Valid Move move) {
        return cases.move(TicketNumber.parse(number), move.to(), move.reason(), move.reference(), move.dueOn());
    }

    /**
     * {@code {"question": "…", "daysToAnswer": 14}}: asked of the complainant, answered in the follow-up. Files for the
     * complainant (a form to fill) are attached to it next, one a request ({@code POST …/questions/{id}/files}).
     */
    public record Question(
            @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(min = 10)
            String question,

            @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(60)
            int daysToAnswer) {}

    @RolesAllowed(Role.Names.OFFICER)
    @POST
    @Path("/{number}/questions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ask(@PathParam("number") String number, @NotNull @Valid Question question) {
        return Response.status(Response.Status.CREATED)
                .entity(cases.ask(TicketNumber.parse(number), question.question(), question.daysToAnswer(), List.of()))
                .build();
    }

    /**
     * A file for the complainant attached to a question asked: the body is the file, {@code ?name=} its name; PDF,
     * PNG or JPEG, kept only when it parses as what it is (as evidence is). Answers the question's turn with its files.
     */
    @RolesAllowed(Role.Names.OFFICER)
    @POST
    @Path("/{number}/questions/{id}/files")
    @Consumes({"application/pdf", "image/png", "image/jpeg", "application/octet-stream"})
    public Response attachToQuestion(
            @PathParam("number") String number,
            @PathParam("id") long id,
            @QueryParam("name") @jakarta.validation.constraints.Size(max = 1000) String name,
            @jakarta.ws.rs.HeaderParam("Content-Type") MediaType declared,
            InputStream body)
            throws IOException {
        byte[] content = UploadBodies.read(body, declared);
        return Response.status(Response.Status.CREATED)
                .entity(cases.attachToQuestion(TicketNumber.parse(number), id, new EvidenceFile(name, content)))
                .build();
    }

    /**
     * The conversation with the complainant in time order (questions, answers, the complainant's messages, each with
     * its files, read at {@code …/evidence/{id}}); every reading is audited.
     */
    @RolesAllowed(Role.Names.OFFICER)
    @GET
    @Path("/{number}/conversation")
    public List<org.hotline.complaint.ThreadEntry> conversation(@PathParam("number") String number) {
        return cases.conversation(TicketNumber.parse(number));
    }

    /**
     * Evidence the caller hands over, added by the agent who took the complaint (that day): the body is the file,
     * {@code ?name=} its name; PDF, PNG or JPEG declared as such or as {@code application/octet-stream} (any other
     * type is 415), kept only when it parses as what it is, read up to one byte past the limit.
     */
    @RolesAllowed(Role.Names.AGENT)
    @POST
    @Path("/{number}/evidence")
    @Consumes({"application/pdf", "image/png", "image/jpeg", "application/octet-stream"})
    public Response addEvidence(
            @PathParam("number") String number,
            @QueryParam("name") @jakarta.validation.constraints.Size(max = 1000) String name,
            @jakarta.ws.rs.HeaderParam("Content-Type") MediaType declared,
            InputStream body)
            throws IOException {
        byte[] content = UploadBodies.read(body, declared);
        intake.addEvidenceByPhone(TicketNumber.parse(number), new EvidenceFile(name, content));
        return Response.noContent().build();
    }

    /** A piece of evidence, for officers; every reading is audited. */
    @RolesAllowed(Role.Names.OFFICER)
    @GET
    @Path("/{number}/evidence/{id}")
    @Produces(MediaType.WILDCARD)
    public Response evidence(@PathParam("number") String number, @PathParam("id") long id) {
        return Downloads.of(cases.evidence(TicketNumber.parse(number), id));
    }

    /** {@code {"officer": "username"}}. */
    public record Assignment(
            @jakarta.validation.constraints.NotBlank String officer) {}

    @RolesAllowed(Role.Names.OFFICER)
    @jakarta.ws.rs.PUT
    @Path("/{number}/assignee")
    @Consumes(MediaType.APPLICATION_JSON)
    public ComplaintView assign(@PathParam("number") String number, @NotNull @Valid Assignment assignment) {
        return cases.assign(TicketNumber.parse(number), assignment.officer());
    }

    /**
     * {@code {"text": "…"}}: a note for the other officers on the case, never shown to the complainant; at most 4000
     * characters as a person counts them (code points), and something visible (not only zero-width or bidi marks):
     * else a 400 naming {@code text}, never a note cut short.
     */
    public record NewNote(
            @jakarta.validation.constraints.NotBlank String text) {}

    @RolesAllowed(Role.Names.OFFICER)
    @POST
    @Path("/{number}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public ComplaintView addNote(@PathParam("number") String number, @NotNull @Valid NewNote note) {
        return cases.addNote(TicketNumber.parse(number), note.text());
    }

    /** {@code {"reason": "…"}}: why the identity is needed, at least ten characters; it goes into the audit log. */
    public record Unsealing(@StatedReason String reason) {}

    @RolesAllowed(Role.Names.OFFICER)
    @POST
    @Path("/{number}/unsealing")
    @Consumes(MediaType.APPLICATION_JSON)
    public ComplainantIdentity unseal(@PathParam("number") String number, @NotNull @Valid Unsealing unsealing) {
        return cases.unseal(TicketNumber.parse(number), unsealing.reason());
    }

    /**
     * {@code {"hold": true, "reason": "…"}}: puts the case on legal hold (the retention job never anonymises it) or
     * releases it; the reason (at least ten characters) goes into the audit log.
     */
    public record LegalHold(
            @NotNull Boolean hold, @StatedReason String reason) {}

    @RolesAllowed(Role.Names.OFFICER)
    @jakarta.ws.rs.PUT
    @Path("/{number}/legal-hold")
    @Consumes(MediaType.APPLICATION_JSON)
    public ComplaintView hold(@PathParam("number") String number, @NotNull @Valid LegalHold hold) {
        return cases.hold(TicketNumber.parse(number), hold.hold(), hold.reason());
    }
}
