package org.irkg.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.irkg.doc.Article;
import org.irkg.pipeline.Problems;

/**
 * Reads articles from files and folders: {@code .txt} with optional front matter, {@code .jsonl}
 * (one article per line) and {@code .html}/{@code .htm}. Bad input is reported to {@link
 * Problems} with the file (and line) and skipped; the rest goes on.
 */
public final class ArticleReader {
  /** Default largest file read, in bytes. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
  /**
   * Most characters of an article's text that are analysed; the rest is left out, with a warning.
   * A long news article has 50,000; extraction takes seconds per million characters on one core,
   * and its memory grows with the text, so a 50 MB line (raised --max-bytes) must not be read whole.
   */
  public static final int MAX_TEXT_CHARS = 1_000_000;
  /** Most characters of a title that are kept. */
  public static final int MAX_TITLE_CHARS = 1_000;

  private final long maxBytes;

  private final java.util.concurrent.atomic.AtomicLong bytesRead = new java.util.concurrent.atomic.AtomicLong();

  /** Bytes of input read so far (read by another thread, for progress and an ETA). */
  public long bytesRead() {
    return bytesRead.get();
  }

  public ArticleReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** The article files under the paths, in a stable order; missing paths are reported (see {@link ArticleFiles}). */
  public List<Path> files(List<Path> paths, Problems problems) {
    return ArticleFiles.list(paths, problems).inputs().stream().map(ArticleFiles.Input::path).toList();
  }

  /** The one article of a text file (tests and tools); null when it cannot be read. */
  public Article readOne(Path file) {
    java.util.List<Article> out = new java.util.ArrayList<>();
    read(file, out::add, Problems.printing(null));
    return out.isEmpty() ? null : out.get(0);
  }

  /** Reads one file, known by its file name, giving each article to {@code sink}. */
  public void read(Path file, Consumer<Article> sink, Problems problems) {
    read(new ArticleFiles.Input(file, file.getFileName().toString()), sink, problems);
  }

  /**
   * Reads one input, giving each article to {@code sink}; problems are reported, not thrown. A
   * {@code .gz} file is read through gunzip (its size limit counts the unpacked bytes); standard
   * input is one text article, or JSON Lines when its first character is '{'.
   */
  public void read(ArticleFiles.Input input, Consumer<Article> sink, Problems problems) {
    Path file = input.path();
    String where = input.isStdin() ? "standard input" : file.toString();
    String name = input.name();
    String lower = ArticleFiles.withoutGz(name.toLowerCase(java.util.Locale.ROOT));
    boolean gz = name.toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
    try {
      long size = input.isStdin() ? -1 : Files.size(file);
      if (size == 0) {
        problems.error(where, "empty file");
        return;
      }
      if (!gz && size > maxBytes && !lower.endsWith(".jsonl")) {
        bytesRead.addAndGet(size);
        problems.error(where, "file is " + size + " bytes, over the limit of " + maxBytes + " (raise it with --max-bytes)");
        return;
      }
      java.io.InputStream raw = input.isStdin() ? System.in : Files.newInputStream(file);
      try (java.io.InputStream in = new java.io.BufferedInputStream(
          gz ? new java.util.zip.GZIPInputStream(raw, 1 << 16) : raw, 1 << 16)) {
        if (input.isStdin()) {
          in.mark(1 << 16);
          int c;
          do {
            c = in.read();
          } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB || c == 0xBF);
          in.reset();
          if (c == -1) {
            problems.error(where, "no text on standard input");
            return;
          }
          if (c == '{') {
            lower = "stdin.jsonl";
          }
        }
        if (lower.endsWith(".jsonl")) {
          readJsonLines(in, where, name, sink, problems); // streamed: the limit is per line, not per file
          return;
        }
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        bytesRead.addAndGet(gz || input.isStdin() ? bytes.length : size);
        if (bytes.length > maxBytes) {
          problems.error(where, (gz ? "unpacked text is" : "file is") + " over the limit of " + maxBytes
              + " bytes (raise it with --max-bytes)");
          return;
        }
        String text = decode(bytes, where, problems);
        if (text == null) {
          return;
        }
        String key = input.isStdin() ? null : defaultKey(name);
        Article a = lower.endsWith(".html") || lower.endsWith(".htm")
            ? fromPage(Html.read(text), key, name, where, problems)
            : FrontMatter.parse(text, key, name, where, problems);
        if (a != null) {
          sink.accept(capped(a, where, problems));
        }
      }
    } catch (java.util.zip.ZipException | java.io.EOFException e) {
      problems.error(where, "not a readable gzip file: " + e.getMessage());
    } catch (IOException e) {
      problems.error(where, "cannot read: " + e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      // a parser's bug on hostile input (jsoup, Jena's JSON) costs this file, never the whole run;
      // a deep recursion has unwound by the time it is caught here
      problems.error(where, "cannot read: " + e);
    }
  }

  /**
   * Reads articles sent in one body (a POST to the server): JSON Lines when its first character is
   * '{', else one text article with optional front matter; {@code where} names it in problems.
   */
  public void readBody(byte[] body, String where, Consumer<Article> sink, Problems problems) {
    int i = 0;
    while (i < body.length && (body[i] == ' ' || body[i] == '\n' || body[i] == '\r' || body[i] == '\t'
        || (body[i] & 0xFF) == 0xEF || (body[i] & 0xFF) == 0xBB || (body[i] & 0xFF) == 0xBF)) {
      i++;
    }
    if (i == body.length) {
      problems.error(where, "no text in the body");
      return;
    }
    try {
      if (body[i] == '{') {
        readJsonLines(new java.io.ByteArrayInputStream(body), where, where, sink, problems);
        return;
      }
      bytesRead.addAndGet(body.length);
      String text = decode(body, where, problems);
      Article a = text == null ? null : FrontMatter.parse(text, null, where, where, problems);
      if (a != null) {
        sink.accept(capped(a, where, problems));
      }
    } catch (IOException | RuntimeException | StackOverflowError e) {
      problems.error(where, "cannot read: " + e);
    }
  }

  private static Article fromPage(Html.Page p, String key, String name, String where, Problems problems) {
    if (p.text().isBlank()) {
      problems.error(where, "no text in the page");
      return null;
    }
    LocalDate date = p.date() == null ? null : FrontMatter.date(p.date(), where, problems);
    return new Article(key, name, p.title(), date, FrontMatter.lang(p.lang()), p.url(), p.text(), p.author());
  }

  /**
   * An article's identity when it gives no id: its name (the path below the folder ingested)
   * without {@code .gz} and without {@code .txt}, the format whose file name is the article's
   * name; other formats keep their extension, so {@code article.txt} and {@code article.html}
   * side by side are two articles.
   */
  static String defaultKey(String name) {
    String n = ArticleFiles.withoutGz(name);
    return n.toLowerCase(java.util.Locale.ROOT).endsWith(".txt") ? n.substring(0, n.length() - 4) : n;
  }

  /**
   * One article per line, streamed in lines of at most maxBytes (a longer line is reported and
   * skipped). Each line is decoded on its own, so a line with invalid UTF-8 (a multibyte character
   * cut by a truncated write) costs that line, not the lines after it.
   */
  private void readJsonLines(java.io.InputStream in, String file, String name, Consumer<Article> sink, Problems problems)
      throws IOException {
    java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
    int n = 0;
    boolean more = true;
    while (more) {
      buf.reset();
      boolean tooLong = false;
      int b;
      while ((b = in.read()) != -1 && b != '\n') {
        if (buf.size() < maxBytes) {
          buf.write(b);
        } else {
          tooLong = true;
        }
      }
      more = b != -1;
      bytesRead.addAndGet(buf.size() + 1L);
      if (!more && buf.size() == 0 && !tooLong) {
        break;
      }
      n++;
      String where = file + ":" + n;
      if (tooLong) {
        problems.error(where, "line is over the limit of " + maxBytes + " bytes (raise it with --max-bytes)");
        continue;
      }
      byte[] bytes = buf.toByteArray();
      int to = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
      String line = decodeLine(bytes, 0, to);
      if (line == null) {
        problems.error(where, "invalid UTF-8 (the file must be UTF-8 text)");
        continue;
      }
      if (n == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      Map<String, Object> o;
      try {
        o = Json.parseObject(line);
      } catch (IllegalArgumentException e) {
        problems.error(where, "malformed JSON line: " + e.getMessage());
        continue;
      }
      Object text = o.get("text");
      if (!(text instanceof String t) || t.isBlank()) {
        problems.error(where, text == null ? "no \"text\" field"
            : text instanceof String ? "the \"text\" field is empty" : "the \"text\" field is not a string");
        continue;
      }
      String id = o.get("id") == null ? null : String.valueOf(o.get("id"));
      String url = str(o.get("url"));
      String key = id != null ? id : url != null ? "url-" + hash(url) : "sha-" + hash(t);
      LocalDate date = o.get("date") == null ? null : FrontMatter.date(String.valueOf(o.get("date")), where, problems);
      // "source": where a client read it (irkg ingest --server sends the file's name), so the
      // article's graph is the one a local ingest of that file gives
      String source = o.get("source") instanceof String given && !given.isBlank() ? given
          : url != null ? url : name + "#" + (id != null ? id : n);
      sink.accept(capped(new Article(key, source, str(o.get("title")), date, FrontMatter.lang(str(o.get("lang"))), url, t, str(o.get("author"))),
          where, problems));
    }
  }

  /** The article with its text and title cut to {@link #MAX_TEXT_CHARS} and {@link #MAX_TITLE_CHARS}. */
  static Article capped(Article a, String where, Problems problems) {
    String text = a.text();
    String title = a.title();
    if (text.length() > MAX_TEXT_CHARS) {
      problems.warning(where, "text has " + text.length() + " characters; only the first " + MAX_TEXT_CHARS
          + " are analysed");
      text = cut(text, MAX_TEXT_CHARS);
    }
    if (title != null && title.length() > MAX_TITLE_CHARS) {
      problems.warning(where, "title has " + title.length() + " characters; only the first " + MAX_TITLE_CHARS
          + " are kept");
      title = cut(title, MAX_TITLE_CHARS);
    }
    return text == a.text() && title == a.title() ? a
        : new Article(a.key(), a.source(), title, a.date(), a.lang(), a.url(), text, a.author());
  }

  /** At most {@code max} characters: at the last space before it if there is one near, never inside a surrogate pair. */
  private static String cut(String s, int max) {
    int end = max;
    for (int i = max; i > max - 200 && i > 0; i--) {
      if (Character.isWhitespace(s.charAt(i))) {
        end = i;
        break;
      }
    }
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }

  private static String str(Object o) {
    return o == null ? null : String.valueOf(o);
  }

  /** A line's bytes as text, or null when they are not UTF-8. */
  private static String decodeLine(byte[] bytes, int from, int to) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, from, to - from))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  static String decode(byte[] bytes, String where, Problems problems) {
    int nul = 0;
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      if (bytes[i] == 0) {
        nul++;
      }
    }
    if (nul > 0) {
      problems.error(where, "binary file (NUL bytes), not text");
      return null;
    }
    try {
      String s = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      problems.error(where, "invalid UTF-8 (the file must be UTF-8 text)");
      return null;
    }
  }

  /** A fetched page's bytes as HTML text, in the charset its header or meta tag declares (jsoup detects it). */
  static String decodeLenient(byte[] bytes) {
    try {
      return org.jsoup.Jsoup.parse(new java.io.ByteArrayInputStream(bytes), null, "").outerHtml();
    } catch (IOException e) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  static String hash(String s) {
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
