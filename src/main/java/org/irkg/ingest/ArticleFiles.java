package org.irkg.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.irkg.pipeline.Problems;

/**
 * Which files of the paths given on the command line are articles, and the name each is known by.
 * A folder is walked in a stable order; hidden files and folders (a {@code .git}) are passed over,
 * and files of other formats are counted as skipped, so the summary can say what was not read
 * and why. A file named on the command line is read whatever its name, unless its extension says
 * it is not text ({@code .pdf}, {@code .docx}): that is an error, not an article.
 */
public final class ArticleFiles {
  /** The name that standard input is read under. */
  public static final String STDIN = "-";

  /**
   * One file to read.
   *
   * @param path the file ({@code -} for standard input)
   * @param name its path relative to the folder that was ingested, with {@code /} between folders
   *     (the article's source and, unless it has an id, its identity); the file name for a file
   *     named on the command line
   */
  public record Input(Path path, String name) {
    public boolean isStdin() {
      return STDIN.equals(path.toString());
    }
  }

  /**
   * The articles found, and the files passed over.
   *
   * @param skipped each skipped file with the reason, in the order met
   */
  public record Listing(List<Input> inputs, List<Skipped> skipped) {
    /** One line for the summary: how many files were skipped, by reason, or null if none. */
    public String skippedSummary() {
      if (skipped.isEmpty()) {
        return null;
      }
      Map<String, Integer> byReason = new TreeMap<>();
      skipped.forEach(s -> byReason.merge(s.reason(), 1, Integer::sum));
      List<String> parts = new ArrayList<>();
      byReason.forEach((r, n) -> parts.add(n + " " + r));
      return "skipped " + skipped.size() + (skipped.size() == 1 ? " file" : " files") + " (" + String.join(", ", parts)
          + ")";
    }
  }

  /** A file or folder passed over, and why. */
  public record Skipped(Path path, String reason) {}

  private static final List<String> ARTICLE_SUFFIXES = List.of(".txt", ".jsonl", ".html", ".htm");
  /** Formats that are not text: named on the command line they are an error, not an article. */
  private static final List<String> NOT_TEXT = List.of(".pdf", ".doc", ".docx", ".odt", ".rtf", ".xls", ".xlsx",
      ".png", ".jpg", ".jpeg", ".gif", ".zip", ".tar", ".tgz", ".epub");

  private ArticleFiles() {}

  /** The article files under the paths, in a stable order; missing paths and non-text files are reported. */
  public static Listing list(List<Path> paths, Problems problems) {
    List<Input> out = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (Path p : paths) {
      if (p.toString().equals(STDIN)) {
        out.add(new Input(p, "stdin"));
      } else if (!Files.exists(p)) {
        problems.error(p.toString(), "no such file or folder");
      } else if (Files.isDirectory(p)) {
        walk(p, out, skipped, problems);
      } else if (NOT_TEXT.stream().anyMatch(x -> lower(p).endsWith(x) || lower(p).endsWith(x + ".gz"))) {
        problems.error(p.toString(), "not an article file (irkg reads .txt, .jsonl, .html and .htm, or them gzipped)");
      } else {
        out.add(new Input(p, p.getFileName().toString()));
      }
    }
    return new Listing(out, skipped);
  }

  private static void walk(Path root, List<Input> out, List<Skipped> skipped, Problems problems) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (!dir.equals(root) && hidden(dir)) {
            skipped.add(new Skipped(dir, "hidden folder"));
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (!attrs.isRegularFile()) {
            return FileVisitResult.CONTINUE;
          }
          if (hidden(file)) {
            skipped.add(new Skipped(file, "hidden file"));
          } else if (isArticleFile(file)) {
            found.add(file);
          } else {
            skipped.add(new Skipped(file, extension(file)));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          problems.error(file.toString(), "cannot read: " + e.getMessage());
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      problems.error(root.toString(), "cannot list folder: " + e.getMessage());
    }
    found.sort(null);
    for (Path f : found) {
      out.add(new Input(f, root.relativize(f).toString().replace(java.io.File.separatorChar, '/')));
    }
  }

  /** True for the formats a folder walk reads: .txt, .jsonl, .html, .htm, each also gzipped. */
  public static boolean isArticleFile(Path p) {
    String n = withoutGz(lower(p));
    return ARTICLE_SUFFIXES.stream().anyMatch(n::endsWith);
  }

  static String withoutGz(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
  }

  private static boolean hidden(Path p) {
    Path n = p.getFileName();
    return n != null && n.toString().startsWith(".");
  }

  private static String lower(Path p) {
    return p.getFileName().toString().toLowerCase(Locale.ROOT);
  }

  /** The reason a file of another format is skipped: its extension, or "no extension". */
  private static String extension(Path p) {
    String n = lower(p);
    int dot = n.lastIndexOf('.');
    if (n.endsWith(".gz")) {
      int inner = n.lastIndexOf('.', n.length() - 4);
      dot = inner >= 0 ? inner : dot;
    }
    return dot > 0 ? n.substring(dot) : "no extension";
  }
}
