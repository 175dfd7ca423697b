package org.hotline.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hotline.calendar.HolidayCalendar;
import org.hotline.common.Role;

/** The business calendar's holidays: read by all staff, kept by administrators ({@code PUT /holidays/2026-03-21}). */
@Path("/holidays")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HolidaysResource {

    /** A holiday's name, e.g. "عيد نوروز". */
    public record Name(@NotBlank @Size(max = 200) String name) {}

    @EJB
    private HolidayCalendar holidays;

    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.OFFICER, Role.Names.ADMIN})
    @GET
    public List<HolidayCalendar.Day> list() {
        return holidays.list();
    }

    @RolesAllowed(Role.Names.ADMIN)
    @PUT
    @Path("/{day}")
    public Response declare(@PathParam("day") String day, @NotNull @Valid Name name) {
        boolean created = holidays.declare(ApiParams.day("day", day), name.name());
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK)
                .entity(new HolidayCalendar.Day(
                        ApiParams.day("day", day), name.name().strip()))
                .build();
    }

    @RolesAllowed(Role.Names.ADMIN)
    @DELETE
    @Path("/{day}")
    public Response withdraw(@PathParam("day") String day) {
        holidays.withdraw(ApiParams.day("day", day));
        return Response.noContent().build();
    }
}
