package org.irkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Serves one generated page on GET (and HEAD); writes and TRACE are refused with 405, so the
 * pages are as read-only as the endpoint.
 */
final class PageServlet extends HttpServlet {
  // inline scripts and styles only, no other origin: a page cannot load or send anything elsewhere
  static final String CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
      + "img-src data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  private final String contentType;
  private final transient Supplier<String> body;

  PageServlet(String contentType, Supplier<String> body) {
    this.contentType = contentType;
    this.body = body;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
    resp.setStatus(200);
    resp.setContentType(contentType + "; charset=utf-8");
    resp.setHeader("Cache-Control", "no-store");
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setHeader("Content-Security-Policy", CSP);
    resp.setContentLength(bytes.length);
    resp.getOutputStream().write(bytes);
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.sendError(405, "read-only");
  }

  @Override
  protected void doPut(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.sendError(405, "read-only");
  }

  @Override
  protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.sendError(405, "read-only");
  }

  @Override
  protected void doTrace(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.sendError(405, "no TRACE"); // the servlet default would echo the request, headers and all
  }
}
