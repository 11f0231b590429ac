package org.irkg.live;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.irkg.doc.Article;
import org.irkg.ingest.ArticleReader;
import org.irkg.pipeline.Problems;

/**
 * A real HTTP server (the JDK's) that serves news feeds and their pages for the tests, and the
 * hostile cases a feed reader meets: a slow answer, a huge body, broken XML, a redirect loop, a
 * redirect to a file, a feed that repeats its items. It counts the requests per path.
 */
public final class FeedServer implements AutoCloseable {
  private final HttpServer http;
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final List<Article> articles;
  private volatile int shown;

  /** Serves the seed articles as feed items (their first sentence as summary, the text on their page). */
  public FeedServer() throws IOException {
    this.articles = seedArticles();
    this.shown = articles.size();
    http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.setExecutor(Executors.newFixedThreadPool(8));
    http.createContext("/", this::handle);
    http.start();
  }

  static List<Article> seedArticles() {
    ArticleReader reader = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES);
    Problems quiet = Problems.printing(null);
    List<Article> out = new ArrayList<>();
    for (Path f : reader.files(List.of(Path.of("seeds/articles")), quiet)) {
      reader.read(f, out::add, quiet);
    }
    return out;
  }

  public String base() {
    return "http://127.0.0.1:" + http.getAddress().getPort() + "/";
  }

  public int items() {
    return articles.size();
  }

  /** Only the first n items are in the feed from now on (a feed that grows). */
  public void show(int n) {
    shown = Math.min(n, articles.size());
  }

  public int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  public int pageHits() {
    return hits.entrySet().stream().filter(e -> e.getKey().startsWith("/page/")).mapToInt(e -> e.getValue().get()).sum();
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
    try {
      switch (path) {
        case "/feed.xml" -> send(ex, 200, "application/rss+xml", rss(false));
        case "/repeats.xml" -> send(ex, 200, "application/rss+xml", rss(true));
        case "/atom.xml" -> send(ex, 200, "application/atom+xml", atom());
        case "/broken.xml" -> send(ex, 200, "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>cut");
        case "/doctype.xml" -> send(ex, 200, "application/rss+xml", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<rss version=\"2.0\"><channel><title>t</title><item><title>&x;</title><link>http://example.org/a</link></item></channel></rss>");
        case "/slow.xml" -> {
          Thread.sleep(4000);
          send(ex, 200, "application/rss+xml", rss(false));
        }
        case "/huge.xml" -> send(ex, 200, "application/rss+xml", "<rss>" + "x".repeat(3 * 1024 * 1024) + "</rss>");
        case "/loop" -> redirect(ex, "/loop");
        case "/to-file" -> redirect(ex, "file:///etc/passwd");
        case "/to-feed" -> redirect(ex, "/feed.xml");
        default -> {
          if (path.startsWith("/page/")) {
            int i = Integer.parseInt(path.substring(6, path.indexOf('.')));
            send(ex, 200, "text/html; charset=utf-8", page(articles.get(i)));
          } else {
            send(ex, 404, "text/plain", "no such page");
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      send(ex, 500, "text/plain", e.toString());
    }
  }

  private String rss(boolean repeat) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
        + "<title>Test news</title><link>" + base() + "</link><description>test</description>\n");
    for (int i = 0; i < shown; i++) {
      sb.append(item(i));
      if (repeat) {
        sb.append(item(i));
      }
    }
    return sb.append("</channel></rss>\n").toString();
  }

  private String item(int i) {
    Article a = articles.get(i);
    return "<item><title>" + esc(a.title() == null ? "item " + i : a.title()) + "</title><link>" + base() + "page/" + i
        + ".html</link><guid isPermaLink=\"false\">test-item-" + i + "</guid>"
        + (a.date() == null ? "" : "<pubDate>" + java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
            a.date().atStartOfDay(java.time.ZoneOffset.UTC)) + "</pubDate>")
        + "<description>" + esc(firstSentence(a.text())) + "</description></item>\n";
  }

  private String atom() {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
        + "<title>Test atom</title><id>urn:test:atom</id><updated>2018-01-01T00:00:00Z</updated>\n");
    for (int i = 0; i < 2; i++) {
      Article a = articles.get(i);
      sb.append("<entry><title>").append(esc(a.title() == null ? "entry" : a.title())).append("</title><id>urn:test:atom:").append(i)
          .append("</id><link href=\"").append(base()).append("atom-page/").append(i).append("\"/><updated>2018-01-0")
          .append(i + 1).append("T10:00:00Z</updated><content type=\"html\">")
          .append(esc("<p>" + a.text().replace("\n", "</p><p>") + "</p>")).append("</content></entry>\n");
    }
    return sb.append("</feed>\n").toString();
  }

  private static String page(Article a) {
    StringBuilder p = new StringBuilder("<!DOCTYPE html><html lang=\"" + (a.lang() == null ? "en" : a.lang()) + "\"><head><title>"
        + esc(a.title() == null ? "" : a.title()) + " - Test news</title></head><body><nav><a href=\"/\">Home</a></nav><article>");
    for (String para : a.text().split("\n")) {
      if (!para.isBlank()) {
        p.append("<p>").append(esc(para)).append("</p>");
      }
    }
    return p.append("</article><footer>Test news</footer></body></html>").toString();
  }

  static String firstSentence(String text) {
    int dot = text.indexOf(". ");
    return dot < 0 ? text : text.substring(0, dot + 1);
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static void redirect(HttpExchange ex, String to) throws IOException {
    ex.getResponseHeaders().add("Location", to);
    ex.sendResponseHeaders(302, -1);
    ex.close();
  }

  private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, b.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(b);
    } catch (IOException e) {
      // the client gave up (a timeout test): nothing to do
    }
  }

  @Override
  public void close() {
    http.stop(0);
  }
}
