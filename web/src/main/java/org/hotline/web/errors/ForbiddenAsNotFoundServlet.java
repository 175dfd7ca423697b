package org.hotline.web.errors;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page for 403: a signed-in user asking for a page of another role gets the same 404 and the same page as
 * for a page that does not exist, so the answer does not reveal what is there.
 */
@WebServlet("/errors/forbidden")
public class ForbiddenAsNotFoundServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        request.getRequestDispatcher("/errors/not-found.xhtml").forward(request, response);
    }
}
