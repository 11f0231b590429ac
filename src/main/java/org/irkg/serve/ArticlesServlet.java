package org.irkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.irkg.app.IngestJob;
import org.irkg.doc.Article;
import org.irkg.ingest.ArticleReader;
import org.irkg.live.LiveWriter;
import org.irkg.pipeline.Problems;

/**
 * {@code POST /kg/articles}: articles in the body (JSON Lines, the fields {@code irkg ingest}
 * reads, or one text article with front matter) are ingested by the server's writer, and the
 * answer says, as JSON, what became of each: stored (with its IRI and facts), unchanged, or its
 * error. Refusals come before the body is read: no token configured or a wrong one 403, none sent
 * 401, a body over the limit 413; a body with no readable article is 400 with a one-line reason.
 */
final class ArticlesServlet extends HttpServlet {
  private final transient LiveWriter writer;
  private final transient WriteToken token;
  private final transient ArticleReader reader;
  private final long maxBytes;

  /** @param token null when writing is off */
  ArticlesServlet(LiveWriter writer, WriteToken token, long maxBytes) {
    this.writer = writer;
    this.token = token;
    this.maxBytes = maxBytes;
    this.reader = new ArticleReader(maxBytes);
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if (token == null || writer == null) {
      fail(resp, 403, "writing is off on this server (start it with IRKG_TOKEN or --token-file to enable it)");
      return;
    }
    String auth = req.getHeader("Authorization");
    if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      resp.setHeader("WWW-Authenticate", "Bearer realm=\"irkg\"");
      fail(resp, 401, "a write needs the header 'Authorization: Bearer TOKEN'");
      return;
    }
    if (!token.matches(auth.substring(7))) {
      fail(resp, 403, "wrong token");
      return;
    }
    long declared = req.getContentLengthLong();
    if (declared > maxBytes) {
      // a body a little over the limit is read and dropped, so the client hears the 413 instead of a
      // reset connection; a far larger one is cut off (the connection closes)
      if (declared <= 4 * maxBytes + (1 << 20)) {
        try (InputStream in = req.getInputStream()) {
          in.transferTo(java.io.OutputStream.nullOutputStream());
        }
      }
      resp.setHeader("Connection", "close");
      fail(resp, 413, "the body has " + declared + " bytes, over the limit of " + maxBytes);
      return;
    }
    byte[] body;
    try (InputStream in = req.getInputStream()) {
      body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    }
    if (body.length > maxBytes) {
      fail(resp, 413, "the body is over the limit of " + maxBytes + " bytes");
      return;
    }
    List<Article> articles = new ArrayList<>();
    List<String[]> readProblems = new ArrayList<>();
    reader.readBody(body, "request", articles::add, new Problems() {
      @Override
      public void warning(String where, String message) {
        readProblems.add(new String[] {"warning", where, message});
      }

      @Override
      public void error(String where, String message) {
        readProblems.add(new String[] {"error", where, message});
      }
    });
    if (articles.isEmpty()) {
      String first = readProblems.stream().filter(p -> p[0].equals("error")).map(p -> p[1] + ": " + p[2]).findFirst()
          .orElse("no article in the body");
      fail(resp, 400, first);
      return;
    }
    LiveWriter.Result r;
    try {
      r = writer.ingest(articles);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail(resp, 503, "the server is stopping");
      return;
    } catch (RuntimeException e) {
      fail(resp, 500, "not stored: " + e.getMessage());
      return;
    }
    JsonObject out = new JsonObject();
    JsonArray items = new JsonArray();
    // in the order of the body, whatever order the extraction threads finished in
    java.util.Map<String, Integer> order = new java.util.HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      order.putIfAbsent(articles.get(i).key(), i);
    }
    List<IngestJob.Outcome> outcomes = new ArrayList<>(r.outcomes());
    outcomes.sort(java.util.Comparator.comparingInt(o -> order.getOrDefault(o.id(), Integer.MAX_VALUE)));
    for (IngestJob.Outcome o : outcomes) {
      JsonObject a = new JsonObject();
      a.put("id", o.id());
      a.put("iri", o.iri());
      a.put("source", o.source());
      a.put("status", o.status().name().toLowerCase(java.util.Locale.ROOT));
      a.put("facts", o.facts());
      items.add(a);
    }
    JsonArray errors = new JsonArray();
    JsonArray warnings = new JsonArray();
    readProblems.forEach(p -> (p[0].equals("error") ? errors : warnings).add(problem(p[1], p[2])));
    r.problems().forEach(p -> (p.severity().equals("error") ? errors : warnings).add(problem(p.where(), p.message())));
    out.put("stored", r.stored());
    out.put("articles", items);
    out.put("errors", errors);
    out.put("warnings", warnings);
    send(resp, 200, out);
  }

  private static JsonObject problem(String where, String message) {
    JsonObject o = new JsonObject();
    o.put("where", where);
    o.put("message", message);
    return o;
  }

  static void fail(HttpServletResponse resp, int status, String message) throws IOException {
    JsonObject o = new JsonObject();
    o.put("error", message);
    send(resp, status, o);
  }

  static void send(HttpServletResponse resp, int status, JsonObject o) throws IOException {
    byte[] bytes = (o.toString() + "\n").getBytes(StandardCharsets.UTF_8);
    resp.setStatus(status);
    resp.setContentType("application/json; charset=utf-8");
    resp.setHeader("Cache-Control", "no-store");
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setContentLength(bytes.length);
    resp.getOutputStream().write(bytes);
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.setHeader("Allow", "POST");
    fail(resp, 405, "POST articles here (JSON Lines, or one article with front matter)");
  }

  @Override
  protected void doPut(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    doGet(req, resp);
  }

  @Override
  protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    doGet(req, resp);
  }

  @Override
  protected void doTrace(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.sendError(405, "no TRACE");
  }
}
