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
    header = "Scores the store against gold files.",
    description = {"Counts as the reference scorer does (FORMAT.md of the gold set): a table for all "
            + "articles, then one per language, then why the missed facts were missed."})
public final class EvalCommand implements Callable<Integer> {
  @Mixin StoreOption store;
  @Mixin OutputOption output;

  @Option(names = "--gold", required = true, paramLabel = "[NAME=]DIR|FILE",
      description = {"folder of *.gold.tsv files, or one file; repeat it to score several sets side by side",
          "(\"--gold corpus=../shared/gold --gold blind=new-gold\": a table per set, then all together)"})
  List<String> gold;

  @Option(names = "--kinds", split = ",", description = {"only these kinds (actor,member,position,meeting,treaty,relation,event);",
      "by default the six kinds of ../shared/gold, and event alone for a set of *.events.tsv (EVENTS.md)"})
  List<String> kinds;

  @Option(names = "--verbose", description = "list misses (FN) and false positives (FP) per article")
  boolean verbose;

  /** A set of gold files with the name it is reported under. */
  private record GoldSet(String name, List<Path> files) {}

  @Override
  public Integer call() throws IOException {
    List<GoldSet> sets = new ArrayList<>();
    for (String g : gold) {
      int eq = g.indexOf('=');
      Path p = Path.of(eq > 0 && !Files.exists(Path.of(g)) ? g.substring(eq + 1) : g);
      String name = eq > 0 && !Files.exists(Path.of(g)) ? g.substring(0, eq) : p.toString();
      sets.add(new GoldSet(name, goldFiles(p)));
    }
    for (String k : kinds == null ? List.<String>of() : kinds) {
      if (!Scorer.ALL_KINDS.contains(k)) {
        throw new UserException("unknown kind '" + k + "' (use " + String.join(",", Scorer.ALL_KINDS) + ")");
      }
    }
    try (Tdb2Store st = store.openExisting(); PrintStream out = output.printStream()) {
      st.read(ds -> {
        Scorer scorer = new Scorer(ds.asDatasetGraph());
        Map<String, Scorer.Counts> everything = new LinkedHashMap<>();
        int total = 0;
        for (GoldSet set : sets) {
          if (sets.size() > 1) {
            out.println("######## " + set.name() + " (" + set.files().size() + " articles)");
          }
          Map<String, Scorer.Counts> all = score(scorer, set.files(), out);
          all.forEach((k, v) -> everything.computeIfAbsent(k, x -> new Scorer.Counts()).add(v));
          total += set.files().size();
          if (sets.size() > 1) {
            out.println();
          }
        }
        if (sets.size() > 1) {
          out.println("######## all sets");
          Report.table(out, null, everything, kinds == null ? Scorer.KINDS : kinds, total);
          out.println();
          java.util.List<String> names = new ArrayList<>();
          sets.forEach(x -> names.add(x.name()));
          out.println("sets: " + String.join(", ", names));
        }
        return null;
      });
    }
    return 0;
  }

  private static List<Path> goldFiles(Path gold) throws IOException {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(gold)) {
      try (Stream<Path> s = Files.list(gold)) {
        s.filter(p -> p.toString().endsWith(".gold.tsv") || p.toString().endsWith(".events.tsv")).sorted().forEach(files::add);
      }
    } else if (Files.isRegularFile(gold)) {
      files.add(gold);
    }
    if (files.isEmpty()) {
      throw new UserException("no *.gold.tsv or *.events.tsv files at " + gold);
    }
    return files;
  }

  /** One set's tables: all languages, then each language, then what was missed and why. */
  private Map<String, Scorer.Counts> score(Scorer scorer, List<Path> files, PrintStream out) {
    List<String> kinds = this.kinds != null ? this.kinds
        : files.stream().allMatch(f -> f.toString().endsWith(".events.tsv")) ? List.of(Scorer.EVENT) : Scorer.KINDS;
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
      Map<String, Scorer.Counts> c = scorer.score(g, verbose ? line -> {
        String[] w = line.trim().split(" ", 3); // "FN event ...": only the kinds reported
        if (w.length < 2 || !(w[0].equals("FN") || w[0].equals("FP")) || kinds.contains(w[1])) {
          out.println(line);
        }
      } : null);
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
    out.println();
    Report.misses(out, all, kinds);
    return all;
  }
}
