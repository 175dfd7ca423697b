package org.hotline.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.hotline.common.Role;
import org.hotline.ivr.IvrMenu;
import org.hotline.ivr.MenuOption;

/**
 * The IVR's main menu, kept by administrators: the next call hears the change, with no redeploy. The whole menu is
 * replaced at once, in the order callers hear it.
 */
@RolesAllowed(Role.Names.ADMIN)
@Path("/ivr/menu")
@Produces(MediaType.APPLICATION_JSON)
public class IvrMenuResource {

    @EJB
    private IvrMenu menu;

    @GET
    public List<MenuOption> options() {
        return menu.options();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public List<MenuOption> replace(@NotNull @NotEmpty List<@NotNull @Valid MenuOption> options) {
        return menu.replace(options);
    }
}
