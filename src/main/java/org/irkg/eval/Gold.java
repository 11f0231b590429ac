package org.irkg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One gold file (../shared/gold/FORMAT.md): the article it describes, its actors with their
 * normalised aliases, and its facts as (kind, fields).
 */
public record Gold(Path file, String article, Map<String, Set<String>> actors, List<Fact> facts) {

  /** A gold fact line: its kind and the fields after it. */
  public record Fact(String kind, List<String> fields) {}

  public static Gold read(Path file) throws IOException {
    String article = null;
    Map<String, Set<String>> actors = new LinkedHashMap<>();
    List<Fact> facts = new ArrayList<>();
    for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String line = raw.startsWith("#") ? "" : raw.split("#", 2)[0];
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      switch (f[0]) {
        case "article" -> article = f[1].trim();
        case "actor" -> {
          String[] names = f[2].split("\\|");
          Set<String> al = new LinkedHashSet<>();
          for (String n : names) {
            al.add(Scorer.norm(n));
          }
          actors.put(names[0], al);
        }
        default -> {
          List<String> rest = new ArrayList<>();
          for (int i = 1; i < f.length; i++) {
            rest.add(f[i]);
          }
          facts.add(new Fact(f[0], rest));
        }
      }
    }
    return new Gold(file, article, actors, facts);
  }
}
