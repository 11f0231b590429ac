package org.irkg.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.irkg.doc.Article;
import org.irkg.pipeline.Problems;

/** Parses a text article with optional front matter ({@code ---} / key: value / {@code ---}). */
final class FrontMatter {
  private FrontMatter() {}

  static Article parse(String raw, String defaultKey, String source, String where, Problems problems) {
    String text = raw.replace("\r\n", "\n");
    Map<String, String> meta = new HashMap<>();
    if (text.startsWith("---\n") || text.equals("---")) {
      int end = text.indexOf("\n---", 3);
      if (end < 0) {
        problems.error(where, "front matter opened with '---' is never closed");
        return null;
      }
      // "---\n---" is an empty front matter (an HTML page without title or lang gives one)
      String[] lines = end <= 4 ? new String[0] : text.substring(4, end).split("\n");
      for (int i = 0; i < lines.length; i++) {
        String l = lines[i];
        if (l.isBlank()) {
          continue;
        }
        int c = l.indexOf(':');
        if (c <= 0) {
          problems.error(where + ":" + (i + 2), "front matter line is not 'key: value': " + abbreviate(l));
          return null;
        }
        meta.put(l.substring(0, c).trim().toLowerCase(), l.substring(c + 1).trim());
      }
      int bodyStart = text.indexOf('\n', end + 1);
      text = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
    }
    if (text.isBlank()) {
      problems.error(where, "no text after the front matter");
      return null;
    }
    LocalDate date = meta.containsKey("date") ? date(meta.get("date"), where, problems) : null;
    String lang = lang(meta.get("lang"));
    // identity: the id, else the url (the same story saved under two file names is one article),
    // else the path below the folder ingested; standard input without either is known by its text
    String url = meta.get("url") == null || meta.get("url").isBlank() ? null : meta.get("url");
    String key = meta.containsKey("id") ? meta.get("id")
        : url != null ? "url-" + ArticleReader.hash(url)
        : defaultKey != null ? defaultKey : "sha-" + ArticleReader.hash(text);
    return new Article(key, source, meta.get("title"), date, lang, url, text, meta.get("author"));
  }

  /**
   * The day of a date given as YYYY-MM-DD, or a timestamp that starts with one
   * (2018-03-05T10:00:00+01:00); otherwise a warning and null.
   */
  static LocalDate date(String s, String where, Problems problems) {
    String t = s.trim();
    String day = t.length() > 10 ? t.substring(0, 10) : t;
    if (!day.matches("\\d{4}-\\d{2}-\\d{2}") || t.length() > 10 && "T ".indexOf(t.charAt(10)) < 0) {
      problems.warning(where, "date '" + s + "' is not YYYY-MM-DD; ignored");
      return null;
    }
    try {
      return LocalDate.parse(day);
    } catch (DateTimeParseException e) {
      problems.warning(where, "date '" + s + "' is not a day of the calendar; ignored");
      return null;
    }
  }

  /** A language tag as the code irkg stores: "FR", "fr-FR" and "fr_CA" give "fr"; blank gives null. */
  static String lang(String tag) {
    if (tag == null || tag.isBlank()) {
      return null;
    }
    String t = tag.trim().toLowerCase(java.util.Locale.ROOT);
    int cut = t.indexOf('-') > 0 ? t.indexOf('-') : t.indexOf('_');
    return cut > 0 ? t.substring(0, cut) : t;
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
