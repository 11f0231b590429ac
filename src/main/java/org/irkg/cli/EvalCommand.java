package org.irkg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.irkg.eval.Gold;
import org.irkg.eval.Report;
import org.irkg.eval.Scorer;
import org.irkg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code irkg eval --gold DIR}: precision, recall and F1 against gold files, per kind and language. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Scores the store against gold files (FORMAT.md of the gold set) the way the reference",
        "scorer does: a table for all articles, then one per language."})
public final class EvalCommand implements Callable<Integer> {
  @Mixin StoreOption store;
  @Mixin OutputOption output;

  @Option(names = "--gold", required = true, paramLabel = "DIR|FILE", description = "folder of *.gold.tsv files, or one file")
  Path gold;

  @Option(names = "--kinds", split = ",", description = "only these kinds (actor,member,position,meeting,treaty,relation)")
  List<String> kinds = new ArrayList<>(Scorer.KINDS);

  @Option(names = "--verbose", description = "list misses (FN) and false positives (FP) per article")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(gold)) {
      try (Stream<Path> s = Files.list(gold)) {
        s.filter(p -> p.toString().endsWith(".gold.tsv")).sorted().forEach(files::add);
      }
    } else if (Files.isRegularFile(gold)) {
      files.add(gold);
    }
    if (files.isEmpty()) {
      throw new UserException("no *.gold.tsv files at " + gold);
    }
    for (String k : kinds) {
      if (!Scorer.KINDS.contains(k)) {
        throw new UserException("unknown kind '" + k + "' (use " + String.join(",", Scorer.KINDS) + ")");
      }
    }
    try (Tdb2Store st = store.openExisting(); PrintStream out = output.printStream()) {
      st.read(ds -> {
        Scorer scorer = new Scorer(ds.asDatasetGraph());
        Map<String, Scorer.Counts> all = new LinkedHashMap<>();
        Map<String, Map<String, Scorer.Counts>> byLang = new TreeMap<>();
        Map<String, Integer> articles = new TreeMap<>();
        for (Path f : files) {
          Gold g;
          try {
            g = Gold.read(f);
          } catch (IOException e) {
            throw new UserException("cannot read " + f + ": " + e.getMessage());
          }
          if (verbose) {
            out.println("  " + g.article());
          }
          Map<String, Scorer.Counts> c = scorer.score(g, verbose ? out::println : null);
          String lang = scorer.languageOf(g);
          articles.merge(lang, 1, Integer::sum);
          c.forEach((k, v) -> {
            all.computeIfAbsent(k, x -> new Scorer.Counts()).add(v);
            byLang.computeIfAbsent(lang, x -> new LinkedHashMap<>()).computeIfAbsent(k, x -> new Scorer.Counts()).add(v);
          });
        }
        Report.table(out, "all languages", all, kinds, files.size());
        byLang.forEach((lang, c) -> {
          out.println();
          Report.table(out, "language " + lang, c, kinds, articles.get(lang));
        });
        return null;
      });
    }
    return 0;
  }
}
