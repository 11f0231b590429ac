package org.irkg.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.irkg.doc.Article;
import org.irkg.pipeline.Problems;

/**
 * Articles from RSS and Atom feeds, parsed by Rome (doctypes refused). Each item becomes an
 * article: its title, date and link, the feed's language (else detected from the text), and its
 * text from the item's content; when the item holds only a summary, the linked page is fetched and
 * its main text read as an HTML article is. An item is known by its link (its key, as for an
 * article whose front matter gives that url) and its GUID (kept as its source), so an item the
 * caller says is stored is neither fetched nor read again, whatever the feed repeats.
 */
public final class FeedReader {
  /** Below this many characters an item's text is a summary, and its page is fetched. */
  static final int FULL_TEXT_CHARS = 800;

  /** One item of a feed, as the feed gives it. */
  public record Item(String guid, String link, String title, LocalDate date, String html, boolean hasContent) {}

  /** A feed's items and its language (or null). */
  public record Feed(String title, String lang, List<Item> items) {}

  private final WebFetch fetch;

  public FeedReader(WebFetch fetch) {
    this.fetch = fetch;
  }

  /**
   * The new items of one feed (a URL, or a file this machine holds) as articles; problems (the
   * feed, an item's page) are reported by where they happened, and never thrown.
   *
   * @param known whether an item is stored already, by its GUID and its link (either may be null)
   */
  public List<Article> read(String feed, BiPredicate<String, String> known, Problems problems) {
    Feed f;
    try {
      f = parse(load(feed), feed);
    } catch (WebFetch.FetchException e) {
      problems.error(feed, "feed not fetched: " + e.getMessage());
      return List.of();
    } catch (IllegalArgumentException e) {
      problems.error(feed, e.getMessage());
      return List.of();
    }
    // a feed that repeats an item (the same GUID or link twice) gives it once
    Map<String, Item> items = new LinkedHashMap<>();
    for (Item i : f.items()) {
      String id = i.link() != null ? i.link() : i.guid();
      if (id != null) {
        items.putIfAbsent(id, i);
      }
    }
    List<Article> out = new ArrayList<>();
    for (Item i : items.values()) {
      if (known.test(i.guid(), i.link())) {
        continue;
      }
      Article a = article(f, i, feed, problems);
      if (a != null) {
        out.add(a);
      }
    }
    return out;
  }

  private byte[] load(String feed) throws WebFetch.FetchException {
    Path p = feed.contains("://") ? null : Path.of(feed);
    if (p == null) {
      return fetch.get(feed).bytes();
    }
    try {
      long size = Files.size(p);
      if (size > fetch.limits().maxBytes()) {
        throw new WebFetch.FetchException(feed + ": file is " + size + " bytes, over the limit of " + fetch.limits().maxBytes());
      }
      return Files.readAllBytes(p);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new WebFetch.FetchException(feed + ": no such file");
    } catch (IOException e) {
      throw new WebFetch.FetchException(feed + ": cannot read: " + e.getMessage());
    }
  }

  /** Parses RSS or Atom; a body that is neither is an IllegalArgumentException with a one-line reason. */
  public static Feed parse(byte[] xml, String where) {
    SyndFeed feed;
    try {
      SyndFeedInput in = new SyndFeedInput();
      in.setAllowDoctypes(false);
      feed = in.build(new XmlReader(new ByteArrayInputStream(xml)));
    } catch (FeedException | IOException | RuntimeException e) {
      String m = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
      throw new IllegalArgumentException("not a readable RSS or Atom feed: " + m);
    }
    List<Item> items = new ArrayList<>();
    for (SyndEntry e : feed.getEntries()) {
      StringBuilder content = new StringBuilder();
      for (SyndContent c : e.getContents()) {
        if (c.getValue() != null) {
          content.append(c.getValue()).append('\n');
        }
      }
      boolean hasContent = !content.toString().isBlank();
      String html = hasContent ? content.toString() : e.getDescription() == null ? "" : String.valueOf(e.getDescription().getValue());
      Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      items.add(new Item(blankToNull(e.getUri()), blankToNull(e.getLink()), blankToNull(e.getTitle()),
          d == null ? null : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate(), html, hasContent));
    }
    return new Feed(feed.getTitle(), blankToNull(feed.getLanguage()), items);
  }

  private Article article(Feed f, Item i, String feed, Problems problems) {
    String where = i.link() != null ? i.link() : feed + "#" + i.guid();
    String text = fragmentText(i.html());
    String lang = f.lang();
    if ((!i.hasContent() || text.length() < FULL_TEXT_CHARS) && i.link() != null) {
      try {
        WebFetch.Body page = fetch.get(i.link());
        Html.Page p = Html.read(ArticleReader.decodeLenient(page.bytes()));
        if (p.text().length() > text.length()) {
          text = p.text();
        }
        if (lang == null) {
          lang = p.lang();
        }
      } catch (WebFetch.FetchException e) {
        problems.warning(where, "page not fetched (" + e.getMessage() + ")" + (text.isBlank() ? "" : "; the item's summary is read"));
      } catch (RuntimeException | StackOverflowError e) {
        problems.warning(where, "page not readable (" + e + ")");
      }
    }
    if (text.isBlank()) {
      problems.error(where, "no text in the item, nor in its page");
      return null;
    }
    String key = i.link() != null ? "url-" + ArticleReader.hash(i.link()) : "guid-" + ArticleReader.hash(i.guid());
    String source = i.guid() != null ? i.guid() : i.link();
    Article a = new Article(key, source, i.title(), i.date(), FrontMatter.lang(lang), i.link(), text, null);
    return ArticleReader.capped(a, where, problems);
  }

  /** The text of an HTML fragment (an item's content or summary), a line per paragraph. */
  static String fragmentText(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    return Html.read("<html><body>" + html + "</body></html>").text().trim();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
