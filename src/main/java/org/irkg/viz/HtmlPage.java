package org.irkg.viz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * The actor graph as one self-contained HTML page: the template {@code irkg/viz/actors.html}
 * with Cytoscape.js (read from its webjar on the classpath) and the graph's JSON spliced in, so
 * the file opens from disk with no network.
 */
public final class HtmlPage {
  private static final String WEBJAR = "META-INF/resources/webjars/cytoscape/";
  private static volatile String cytoscape;

  private HtmlPage() {}

  /**
   * Renders the page.
   *
   * @param title the page's title
   * @param linkBase prefix for article sources that are file names, or ""
   * @param links links for the page's header, label to href (the served page links the SPARQL page)
   */
  public static String render(ActorGraph g, String title, String linkBase, Map<String, String> links) {
    return render(g, title, linkBase, links, null);
  }

  /**
   * Renders the page served live: with {@code etag} (the version of the store it shows) the page
   * polls {@code actors.json} with it and draws the actors and links that arrive, without a reload.
   */
  public static String render(ActorGraph g, String title, String linkBase, Map<String, String> links, String etag) {
    String page = resource("irkg/viz/actors.html");
    page = page.replace("/*@LIVE@*/null", etag == null ? "null" : GraphJson.quote(etag));
    StringBuilder safeTitle = new StringBuilder();
    for (char c : title.toCharArray()) {
      safeTitle.append(switch (c) {
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '&' -> "&amp;";
        case '"' -> "&quot;";
        default -> String.valueOf(c);
      });
    }
    page = page.replace("@TITLE@", safeTitle);
    // splice by position, not by regex replacement: the library and the data are full of '$' and '\'
    page = splice(page, "/*@CYTOSCAPE@*/", cytoscape());
    return splice(page, "/*@DATA@*/", GraphJson.write(g, linkBase, links));
  }

  private static String splice(String page, String marker, String content) {
    int i = page.indexOf(marker);
    if (i < 0) {
      throw new IllegalStateException("page template lacks " + marker);
    }
    return page.substring(0, i) + content + page.substring(i + marker.length());
  }

  /** Cytoscape.js from the webjar, whatever its version. */
  static String cytoscape() {
    String js = cytoscape;
    if (js == null) {
      Properties p = new Properties();
      try (InputStream in = open("META-INF/maven/org.webjars.npm/cytoscape/pom.properties")) {
        p.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      // a literal "</script" inside the library would end the element early
      js = resource(WEBJAR + p.getProperty("version") + "/dist/cytoscape.min.js").replace("</script", "<\\/script");
      cytoscape = js;
    }
    return js;
  }

  static String resource(String path) {
    try (InputStream in = open(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String path) {
    InputStream in = HtmlPage.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("missing on the classpath: " + path + " (is the cytoscape webjar there?)");
    }
    return in;
  }
}
