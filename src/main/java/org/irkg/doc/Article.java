package org.irkg.doc;

import java.time.LocalDate;

/**
 * A source document as read from disk: its identity, metadata and text.
 *
 * @param key a stable key for the article (its id, else its file name, else a hash of its text)
 * @param source the file name or URL it was read from
 * @param title its title, or null
 * @param date its publication date, or null when unknown
 * @param lang its language code (fr, en), or null until detected
 * @param url its URL (front matter {@code url:}, JSON {@code "url"}, an HTML page's canonical link), or null
 * @param text its body text
 * @param author its author or authors as given, or null
 */
public record Article(
    String key, String source, String title, LocalDate date, String lang, String url, String text, String author) {

  public Article(String key, String source, String title, LocalDate date, String lang, String url, String text) {
    this(key, source, title, date, lang, url, text, null);
  }

  /**
   * The text the pipeline reads: the title (a headline names actors too), a blank line, then the
   * body. Evidence offsets count from the start of this text.
   */
  public String analysedText() {
    return title == null || title.isBlank() ? text : title + "\n\n" + text;
  }

  public Article withLang(String language) {
    return new Article(key, source, title, date, language, url, text, author);
  }
}
