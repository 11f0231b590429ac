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
  private final transient Supplier<String> etag;

  PageServlet(String contentType, Supplier<String> body) {
    this(contentType, body, null);
  }

  /**
   * A page with an entity tag (the store's version): a client that sends it back in If-None-Match
   * gets 304 and no body until the store changes, so a page can poll it cheaply.
   */
  PageServlet(String contentType, Supplier<String> body, Supplier<String> etag) {
    this.contentType = contentType;
    this.body = body;
    this.etag = etag;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String tag = etag == null ? null : etag.get();
    if (tag != null) {
      resp.setHeader("ETag", tag);
      resp.setHeader("Cache-Control", "no-cache");
      String sent = req.getHeader("If-None-Match");
      if (sent != null && java.util.Arrays.stream(sent.split(",")).map(String::trim).anyMatch(tag::equals)) {
        resp.setStatus(304);
        return;
      }
    }
    byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
    resp.setStatus(200);
    resp.setContentType(contentType + "; charset=utf-8");
    if (tag == null) {
      resp.setHeader("Cache-Control", "no-store");
    }
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
