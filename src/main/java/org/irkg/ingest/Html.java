package org.irkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTML news page's main text and metadata, with jsoup. The text is the paragraphs, list items
 * and sub-headings of the page's article element (else {@code [itemprop=articleBody]}, else
 * {@code main}, else the body), after taking out what is not the story: navigation, asides,
 * forms, figures' captions, cookie and consent banners, share and newsletter boxes, and "read
 * also" blocks with their links, which name other stories' actors. The metadata is what news
 * sites publish for search engines: Open Graph and article: meta tags, JSON-LD, {@code <time>}.
 */
final class Html {
  /** A page read: title, language, date (as given), canonical URL, author, and its main text. */
  record Page(String title, String lang, String date, String url, String author, String text) {}

  /** Class or id words of boxes that are not the story. */
  private static final Pattern NOT_STORY = Pattern.compile(
      "(?i)(^|[-_ ])(cookies?|consent|gdpr|rgpd|banner|related|share|sharing|social|newsletter|subscribe|promo|advert"
          + "|ads?|breadcrumbs?|comments?|sidebar|read-?more|lire-?aussi|a-lire|recommend\\w*|outbrain|taboola)([-_ ]|$)");
  /** Lead words of a "read also" paragraph or heading: the list that follows names other stories. */
  private static final Pattern READ_ALSO = Pattern.compile(
      "(?iu)^\\s*(à lire aussi|a lire aussi|lire aussi|voir aussi|sur le même sujet|read more|read also|see also"
          + "|related( stories| articles)?|more on this( story)?|you may also like)\\b.*");
  private static final Pattern JSON_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern JSON_AUTHOR = Pattern.compile("\"author\"\\s*:\\s*[\\[{]?\\s*(?:\\{[^}]*?)?\"name\"\\s*:\\s*\"([^\"]+)\"");

  private Html() {}

  static Page read(String html) {
    Document d = Jsoup.parse(html);
    String jsonLd = String.join("\n", d.select("script[type=application/ld+json]").stream().map(Element::data).toList());
    String title = first(meta(d, "og:title"), text(d.selectFirst("article h1")), siteless(d.title()), text(d.selectFirst("h1")));
    String lang = first(d.select("html").attr("lang"), meta(d, "og:locale"),
        d.select("meta[http-equiv=content-language]").attr("content"));
    String date = first(meta(d, "article:published_time"), group(JSON_DATE, jsonLd),
        d.select("meta[itemprop=datePublished]").attr("content"), d.select("article time[datetime], time[datetime]").attr("datetime"),
        meta(d, "date"), meta(d, "dc.date"));
    String url = first(d.select("link[rel=canonical]").attr("abs:href"), d.select("link[rel=canonical]").attr("href"),
        meta(d, "og:url"));
    String author = first(meta(d, "author"), meta(d, "article:author"), group(JSON_AUTHOR, jsonLd));
    return new Page(title, lang, date, url, author, mainText(d, title));
  }

  private static String mainText(Document d, String title) {
    d.select("script, style, noscript, template, nav, header, footer, aside, form, iframe, button, figcaption, svg,"
        + " [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true], [hidden]").remove();
    List<Element> boxes = new ArrayList<>();
    for (Element e : d.getAllElements()) {
      if (e != d.body() && (NOT_STORY.matcher(e.className()).find() || NOT_STORY.matcher(e.id()).find())) {
        boxes.add(e);
      }
    }
    boxes.forEach(Element::remove);
    Element root = largest(d.select("article, [itemprop=articleBody]"));
    if (root == null) {
      root = d.selectFirst("main, [role=main]");
    }
    if (root == null) {
      root = d.body();
    }
    if (root == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    var blocks = root.select("h2, h3, p, li, blockquote");
    java.util.Set<Element> inBlocks = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    inBlocks.addAll(blocks);
    boolean skipList = false;
    for (Element e : blocks) {
      if (e.parents().stream().anyMatch(inBlocks::contains)) {
        continue; // read with the block around it (a paragraph in a quote or a list item)
      }
      String t = e.text().trim();
      if (t.isEmpty() || t.equals(title)) {
        continue;
      }
      if (READ_ALSO.matcher(t).matches()) {
        // the heading or lead of a "read also" block: its list goes too
        skipList = !e.tagName().equals("li");
        continue;
      }
      if (e.tagName().equals("li")) {
        if (skipList || e.selectFirst("a") != null && e.select("a").text().length() * 2 > t.length()) {
          continue; // a list of links is a menu or a list of other stories
        }
      } else {
        skipList = false;
      }
      sb.append(t).append('\n');
    }
    if (sb.isEmpty()) {
      sb.append(root.text().trim());
    }
    return sb.toString();
  }

  /** The element with the most text, or null. */
  private static Element largest(List<Element> es) {
    Element best = null;
    for (Element e : es) {
      if (best == null || e.text().length() > best.text().length()) {
        best = e;
      }
    }
    return best;
  }

  /** A page title without the site's name ("Summit in Minsk - Le Monde" gives "Summit in Minsk"). */
  static String siteless(String title) {
    String t = title == null ? "" : title.replace('\n', ' ').trim();
    for (String sep : new String[] {" | ", " - ", " – ", " — ", " : "}) {
      int i = t.lastIndexOf(sep);
      if (i > 0 && t.length() - i - sep.length() < i) {
        return t.substring(0, i).trim();
      }
    }
    return t;
  }

  private static String meta(Document d, String name) {
    Element e = d.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
    return e == null ? null : e.attr("content");
  }

  private static String text(Element e) {
    return e == null ? null : e.text();
  }

  private static String group(Pattern p, String s) {
    Matcher m = p.matcher(s);
    return m.find() ? m.group(1) : null;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.trim();
      }
    }
    return null;
  }
}
