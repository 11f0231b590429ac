package org.irkg.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Turns an HTML page into article text with front matter, using jsoup. */
final class Html {
  private Html() {}

  /** The page's title and paragraphs, as a front-matter text article. */
  static String toText(String html) {
    Document d = Jsoup.parse(html);
    d.select("script, style, nav, header, footer, noscript").remove();
    StringBuilder sb = new StringBuilder();
    sb.append("---\n");
    if (!d.title().isBlank()) {
      sb.append("title: ").append(d.title().replace('\n', ' ')).append('\n');
    }
    String lang = d.select("html").attr("lang");
    if (!lang.isBlank()) {
      sb.append("lang: ").append(lang.substring(0, Math.min(2, lang.length()))).append('\n');
    }
    sb.append("---\n");
    var blocks = d.select("h1, h2, h3, p, li");
    if (blocks.isEmpty()) {
      sb.append(d.body() == null ? "" : d.body().text());
    }
    for (Element e : blocks) {
      String t = e.text().trim();
      if (!t.isEmpty()) {
        sb.append(t).append("\n");
      }
    }
    return sb.toString();
  }
}
