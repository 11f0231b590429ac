package org.irkg.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.irkg.doc.Ids;
import org.irkg.store.Tdb2Store;

/**
 * Loads N-Quads or TriG (what {@code irkg export} writes) into a store: through TDB2's bulk
 * loader when the store holds no article yet (one transaction per file), else a batch of named
 * graphs per transaction, each graph replacing the one the store had. The claims graph of the
 * file, if any, is skipped: the store derives its own.
 */
public final class QuadLoader {
  /** What loading one file did. */
  public record Loaded(long quads, int graphs, boolean bulk) {}

  private final int graphsPerBatch;

  public QuadLoader(int graphsPerBatch) {
    this.graphsPerBatch = Math.max(1, graphsPerBatch);
  }

  /** The RDF syntax of a file by its name, or a one-line reason it cannot be loaded. */
  public static Lang langOf(Path file) {
    String name = file.getFileName().toString().replaceFirst("\\.(gz|bz2)$", "");
    Lang lang = RDFLanguages.filenameToLang(name);
    if (lang == null || !RDFLanguages.isQuads(lang)) {
      throw new IllegalArgumentException(file + ": not N-Quads (.nq) or TriG (.trig), the formats that keep named graphs");
    }
    return lang;
  }

  /**
   * Loads one file. A syntax error stops it: in bulk nothing of the file is stored, in batches the
   * batches committed before the error stay (whole graphs) and the one under way is dropped.
   *
   * @throws IllegalArgumentException with a one-line message naming the file, for bad input
   */
  public Loaded load(Path file, Tdb2Store store) {
    Lang lang = langOf(file);
    if (!Files.isReadable(file)) {
      throw new IllegalArgumentException(file + ": no such readable file");
    }
    try {
      if (store.hasNoArticle()) {
        long[] graphs = new long[1];
        Tdb2Store.BulkLoad b = store.bulkLoad(sink -> parse(file, lang, new Filtered(sink, graphs)));
        return new Loaded(b.quads(), (int) graphs[0], true);
      }
      return inBatches(file, lang, store);
    } catch (RiotException e) {
      throw new IllegalArgumentException(file + ": " + firstLine(e.getMessage()), e);
    }
  }

  /** Loads one file a batch of graphs per transaction, whatever the store holds (what an ingest does). */
  public Loaded loadInBatches(Path file, Tdb2Store store) {
    try {
      return inBatches(file, langOf(file), store);
    } catch (RiotException e) {
      throw new IllegalArgumentException(file + ": " + firstLine(e.getMessage()), e);
    }
  }

  private Loaded inBatches(Path file, Lang lang, Tdb2Store store) {
    List<Quad> batch = new ArrayList<>();
    List<String> graphs = new ArrayList<>();
    Set<String> done = new HashSet<>();
    long[] quads = new long[1];
    parse(file, lang, new StreamRDFBase() {
      @Override
      public void quad(Quad q) {
        if (skipped(q)) {
          return;
        }
        String g = q.getGraph().getURI();
        if (graphs.isEmpty() || !graphs.get(graphs.size() - 1).equals(g)) {
          if (done.contains(g) || graphs.contains(g)) {
            // loading it again would replace the part already loaded
            throw new IllegalArgumentException(file + ": the quads of graph <" + g + "> are not together;"
                + " sort the file by graph (irkg export writes it so), or load it into an empty store");
          }
          if (graphs.size() >= graphsPerBatch) {
            flush();
          }
          graphs.add(g);
        }
        batch.add(q);
        quads[0]++;
      }

      @Override
      public void finish() {
        flush();
      }

      private void flush() {
        if (!batch.isEmpty()) {
          store.replaceGraphs(List.copyOf(graphs), sink -> batch.forEach(sink::quad));
          done.addAll(graphs);
          batch.clear();
          graphs.clear();
        }
      }
    });
    return new Loaded(quads[0], done.size(), false);
  }

  private static void parse(Path file, Lang lang, StreamRDF sink) {
    RDFParser.source(file).lang(lang).parse(sink);
  }

  /** Triples outside a named graph, and the claims graph (derived, so the store derives its own). */
  private static boolean skipped(Quad q) {
    return q.isDefaultGraph() || q.getGraph().getURI().equals(Ids.CLAIMS_GRAPH);
  }

  private static String firstLine(String m) {
    String s = String.valueOf(m);
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** Passes on the quads of named graphs but the claims graph, counting runs of one graph (its graphs, in a sorted file). */
  private static final class Filtered extends StreamRDFBase {
    private final StreamRDF to;
    private final long[] graphs;
    private Node last;

    Filtered(StreamRDF to, long[] graphs) {
      this.to = to;
      this.graphs = graphs;
    }

    @Override
    public void quad(Quad q) {
      Node g = q.getGraph();
      if (skipped(q)) {
        return;
      }
      if (!g.equals(last)) {
        last = g;
        graphs[0]++;
      }
      to.quad(q);
    }
  }
}
