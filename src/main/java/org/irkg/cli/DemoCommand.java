package org.irkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.query.ResultSetRewindable;
import org.irkg.app.IngestJob;
import org.irkg.app.ResultWriter;
import org.irkg.app.Stats;
import org.irkg.ingest.ArticleReader;
import org.irkg.pipeline.Extractor;
import org.irkg.pipeline.Problems;
import org.irkg.store.Tdb2Store;
import org.irkg.viz.ActorGraph;
import org.irkg.viz.ActorGraphReader;
import org.irkg.viz.HtmlPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code irkg demo}: the main job on the embedded store, from a fresh clone. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    header = "Runs the whole job on the seed articles.",
    description = {"Ingests seeds/articles into the TDB2 store, answers every query of queries/, writes "
            + "out/kg.ttl and the actor graph out/actors.html, and prints a short summary."})
public final class DemoCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;

  @Option(names = "--articles", defaultValue = "seeds/articles", description = "articles to ingest (default: ${DEFAULT-VALUE})")
  Path articles;

  @Option(names = "--queries", defaultValue = "queries", description = "folder of .rq queries (default: ${DEFAULT-VALUE})")
  Path queries;

  @Option(names = "--out", defaultValue = "out", description = "folder for kg.ttl and actors.html (default: ${DEFAULT-VALUE})")
  Path out;

  @Override
  public Integer call() throws IOException {
    PrintWriter w = spec.commandLine().getOut();
    if (!Files.isDirectory(articles)) {
      throw new UserException("no folder " + articles + " (run the demo from the root of the irkg checkout)");
    }
    Problems.Counting problems = Problems.printing(spec.commandLine().getErr());
    Extractor extractor = Extractor.load();
    try (Tdb2Store st = store.open()) {
      IngestJob.Summary s = new IngestJob(extractor, new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES), IngestJob.DEFAULT_BATCH)
          .run(List.of(articles), st, problems);
      w.printf("ingested %s (%s) into %s%s%n%n", Plural.of(s.articles(), "article"), Plural.of(s.facts(), "fact"),
          store.store, s.unchanged() > 0 ? "; " + s.unchanged() + " unchanged since the last run, skipped" : "");
      List<Path> rqs;
      try (Stream<Path> files = Files.list(queries)) {
        rqs = files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
      }
      for (Path q : rqs) {
        String text = Files.readString(q, StandardCharsets.UTF_8);
        w.println("== " + q.getFileName() + ": " + firstComment(text));
        ResultSetRewindable rs = st.select(text, null);
        w.flush();
        OutputOption.WriterStream table = new OutputOption.WriterStream(w);
        ResultWriter.write(rs, "table", table); // the table ends with its count of rows
        table.flush();
        w.println();
      }
      Files.createDirectories(out);
      Path ttl = out.resolve("kg.ttl");
      try (OutputStream o = Files.newOutputStream(ttl)) {
        st.export(o, "ttl");
      }
      Path html = out.resolve("actors.html");
      ActorGraph graph = ActorGraphReader.read(st);
      // the page links each fact to its article file, relative to where the page is
      String linkBase = out.toAbsolutePath().normalize().relativize(articles.toAbsolutePath().normalize())
          .toString().replace(java.io.File.separatorChar, '/') + "/";
      Files.writeString(html, HtmlPage.render(graph, "irkg: actors of the seed articles", linkBase, Map.of()), StandardCharsets.UTF_8);
      Map<String, Long> counts = Stats.count(st);
      w.println("the store holds " + counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
          .collect(java.util.stream.Collectors.joining(", ")));
      w.println("wrote " + ttl);
      w.printf("wrote %s (%d actors, %d links): open it in a browser%n", html, graph.nodes().size(), graph.edges().size());
    }
    w.flush();
    return problems.errors() > 0 ? 1 : 0;
  }

  static String firstComment(String query) {
    for (String line : query.split("\n")) {
      if (line.startsWith("#")) {
        return line.replaceFirst("^#+\\s*", "");
      }
    }
    return "";
  }
}
