package org.irkg.live;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.irkg.doc.Article;

/**
 * Hands articles to a running {@code irkg serve} (POST /kg/articles, JSON Lines, the token in the
 * Authorization header): how {@code irkg ingest --server URL} adds to a store a server holds.
 * Articles go in bodies of at most {@link #MAX_ARTICLES} articles and half the server's default
 * body limit, one after another; the server's answers are summed.
 */
public final class ServerClient {
  static final int MAX_ARTICLES = 500;
  static final long MAX_BODY = 8L * 1024 * 1024;

  /** What the server said about all the bodies: counts, and each problem as "where: message". */
  public record Answer(int stored, int unchanged, int failed, List<String> errors, List<String> warnings) {}

  /** A refusal or a failure to reach the server, with a one-line reason. */
  public static final class ServerException extends Exception {
    public ServerException(String message) {
      super(message);
    }
  }

  private final URI endpoint;
  private final String token;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
      .followRedirects(HttpClient.Redirect.NEVER).build();

  /** @param server the server's base URL (http://host:port/) */
  public ServerClient(String server, String token) {
    String base = server.endsWith("/") ? server : server + "/";
    this.endpoint = URI.create(base).resolve("kg/articles");
    this.token = token;
  }

  public Answer send(List<Article> articles) throws ServerException, InterruptedException {
    int stored = 0;
    int unchanged = 0;
    int failed = 0;
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int inBody = 0;
    for (int i = 0; i <= articles.size(); i++) {
      byte[] line = i < articles.size() ? (line(articles.get(i)) + "\n").getBytes(StandardCharsets.UTF_8) : null;
      if (inBody > 0 && (line == null || inBody >= MAX_ARTICLES || body.size() + line.length > MAX_BODY)) {
        JsonObject a = post(body.toByteArray());
        stored += a.get("stored").getAsNumber().value().intValue();
        for (JsonValue v : a.get("articles").getAsArray()) {
          String st = v.getAsObject().get("status").getAsString().value();
          unchanged += st.equals("unchanged") ? 1 : 0;
          failed += st.equals("failed") ? 1 : 0;
        }
        a.get("errors").getAsArray().forEach(v -> errors.add(problem(v)));
        a.get("warnings").getAsArray().forEach(v -> warnings.add(problem(v)));
        body.reset();
        inBody = 0;
      }
      if (line != null) {
        body.writeBytes(line);
        inBody++;
      }
    }
    return new Answer(stored, unchanged, failed, errors, warnings);
  }

  private JsonObject post(byte[] body) throws ServerException, InterruptedException {
    HttpRequest.Builder r = HttpRequest.newBuilder(endpoint).timeout(Duration.ofMinutes(30))
        .header("Content-Type", "application/x-ndjson")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (token != null) {
      r.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> resp;
    try {
      resp = http.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ServerException(endpoint + ": cannot reach the server (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
    }
    JsonObject o;
    try {
      o = JSON.parse(resp.body());
    } catch (RuntimeException e) {
      throw new ServerException(endpoint + ": HTTP " + resp.statusCode() + ", not an irkg server's answer");
    }
    if (resp.statusCode() != 200) {
      String why = o.hasKey("error") ? o.get("error").getAsString().value() : "";
      throw new ServerException(endpoint + ": HTTP " + resp.statusCode() + (why.isEmpty() ? "" : ": " + why)
          + (resp.statusCode() == 401 ? " (set IRKG_TOKEN or --token-file)" : ""));
    }
    return o;
  }

  private static String problem(JsonValue v) {
    JsonObject p = v.getAsObject();
    return p.get("where").getAsString().value() + ": " + p.get("message").getAsString().value();
  }

  /** One article as the JSON line {@code irkg ingest} reads. */
  static String line(Article a) {
    JsonObject o = new JsonObject();
    o.put("id", a.key());
    put(o, "source", a.source());
    put(o, "title", a.title());
    put(o, "date", a.date() == null ? null : a.date().toString());
    put(o, "lang", a.lang());
    put(o, "url", a.url());
    put(o, "author", a.author());
    o.put("text", a.text());
    return JSON.toStringFlat(o);
  }

  private static void put(JsonObject o, String k, String v) {
    if (v != null) {
      o.put(k, v);
    }
  }
}
