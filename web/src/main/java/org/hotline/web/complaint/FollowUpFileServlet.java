package org.hotline.web.complaint;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.hotline.attachment.AttachmentContent;
import org.hotline.complaint.ComplaintFollowUp;
import org.hotline.complaint.ComplaintNotFound;
import org.hotline.complaint.FollowUpExpired;
import org.hotline.web.http.Downloads;

/**
 * A file an officer attached for the complainant, downloaded from the follow-up page: {@code
 * /complaint/follow-up-file?id=12}. The credential is the grant the page keeps in this visitor's session after the
 * receipt was checked, never anything in the address; without it, for another case's file, for a file that is the
 * complainant's own evidence, or once the grant expired, the answer is the same 404. Sent as an attachment, never
 * shown inline; each download is audited by the desk.
 */
@WebServlet("/complaint/follow-up-file")
public class FollowUpFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient ComplaintFollowUp followUps;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Object grant = session == null ? null : session.getAttribute(FollowUpBacking.GRANT);
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")));
        } catch (NumberFormatException notAnId) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (grant == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AttachmentContent file;
        try {
            file = followUps.officerFile((String) grant, id);
        } catch (ComplaintNotFound | FollowUpExpired gone) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.mediaType());
        response.setHeader("Content-Disposition", Downloads.contentDisposition(file.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Digest", "sha-256=" + file.sha256());
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }
}
