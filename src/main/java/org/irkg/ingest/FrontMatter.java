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
    LocalDate date = null;
    if (meta.containsKey("date")) {
      try {
        date = date(meta.get("date"));
      } catch (DateTimeParseException e) {
        problems.warning(where, "date '" + meta.get("date") + "' is not YYYY-MM-DD; ignored");
      }
    }
    String lang = meta.get("lang");
    if (lang != null) {
      lang = lang.toLowerCase();
    }
    String key = meta.getOrDefault("id", defaultKey);
    return new Article(key, source, meta.get("title"), date, lang, meta.get("url"), text);
  }

  static LocalDate date(String s) {
    String t = s.trim();
    return LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
