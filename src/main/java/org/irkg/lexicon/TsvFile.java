package org.irkg.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the project's TSV data files from the classpath: '#' lines are comments, cells are
 * separated by TAB, missing trailing cells are empty. Errors name the file and line.
 */
public final class TsvFile {

  /** One data row, with its line number for error messages. */
  public record Row(String file, int line, String[] cells) {
    /** Cell {@code i}, trimmed; "" when absent. */
    public String get(int i) {
      return i < cells.length ? cells[i].trim() : "";
    }

    /** Cell {@code i} split on {@code sep} into non-empty trimmed parts. */
    public List<String> list(int i, String sep) {
      List<String> out = new ArrayList<>();
      for (String p : get(i).split(java.util.regex.Pattern.quote(sep))) {
        if (!p.isBlank()) {
          out.add(p.trim());
        }
      }
      return out;
    }

    public DataFileException error(String why) {
      return new DataFileException(file + ":" + line + ": " + why);
    }
  }

  private TsvFile() {}

  /** Whether a resource exists on the classpath. */
  public static boolean exists(String resource) {
    return TsvFile.class.getResource(resource) != null;
  }

  /** Reads the rows of a resource; fails if it does not exist. */
  public static List<Row> read(String resource) {
    InputStream in = TsvFile.class.getResourceAsStream(resource);
    if (in == null) {
      throw new DataFileException(resource + ": data file not found on the classpath");
    }
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (Arrays.stream(cells).allMatch(String::isBlank)) {
          continue;
        }
        rows.add(new Row(resource, n, cells));
      }
    } catch (IOException e) {
      throw new DataFileException(resource + ": " + e.getMessage());
    }
    return rows;
  }
}
