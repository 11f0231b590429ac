package org.irkg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.irkg.doc.Ids;
import org.irkg.rdf.Vocab;

/**
 * The embedded store: an Apache Jena TDB2 database in a folder. One named graph per article,
 * the gazetteer and the ontology in graphs of their own, queries over the union of all graphs.
 * Writes are transactions: a batch of articles commits whole or not at all. Each write also keeps
 * the claims graph (see {@link ClaimIndex}) in step, in the same transaction.
 */
public final class Tdb2Store implements AutoCloseable {
  /** Articles read per step of a claims rebuild: a claim many of them state is written once per step. */
  private static final int REBUILD_CHUNK = 2000;

  private final Path dir;
  private final Dataset dataset;

  private Tdb2Store(Path dir, Dataset dataset) {
    this.dir = dir;
    this.dataset = dataset;
  }

  /** True when the folder holds a TDB2 store (see {@link StoreFolder#isStore}). */
  public static boolean isStore(Path dir) {
    return StoreFolder.isStore(dir);
  }

  /** True when the path is missing, or an empty folder (see {@link StoreFolder#isNewPlace}). */
  public static boolean isNewPlace(Path dir) {
    return StoreFolder.isNewPlace(dir);
  }

  /**
   * Opens the store in a folder, making it when the folder is missing or empty; a folder that holds
   * other files is refused, so a mistyped --store never writes a store into someone's articles.
   */
  public static Tdb2Store open(Path dir) {
    try {
      if (Files.exists(dir) && !Files.isDirectory(dir)) {
        throw new StoreException("store " + dir + " is a file, not a folder");
      }
      if (!isNewPlace(dir) && !isStore(dir)) {
        throw new StoreException(dir + " is a folder that is not an irkg store and is not empty;"
            + " give --store a new or empty folder");
      }
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StoreException("cannot create store folder " + dir + ": " + e.getMessage(), e);
    }
    try {
      Dataset ds = TDB2Factory.connectDataset(dir.toString());
      ds.getContext().set(TDB2.symUnionDefaultGraph, true);
      Tdb2Store st = new Tdb2Store(dir, ds);
      st.checkClaims();
      return st;
    } catch (RuntimeException e) {
      String m = String.valueOf(e.getMessage());
      if (m.contains("lock") || m.contains("Lock")) {
        throw new StoreException("store " + dir + " is in use by another irkg process (" + firstLine(m) + ")", e);
      }
      throw new StoreException("cannot open store " + dir + ": " + firstLine(m), e);
    }
  }

  private static String firstLine(String m) {
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  public Path dir() {
    return dir;
  }

  /**
   * Replaces named graphs in one write transaction: each graph is emptied, then {@code writer}
   * streams the new quads. Nothing of the batch is visible until it commits.
   */
  public void replaceGraphs(Collection<String> graphs, Consumer<StreamRDF> writer) {
    DatasetGraph dsg = dataset.asDatasetGraph();
    Txn.executeWrite(dataset, () -> {
      List<Node> nodes = graphs.stream().map(NodeFactory::createURI).toList();
      var withdrawn = ClaimIndex.supportsOf(dsg, nodes);
      Map<Node, List<Quad>> written = new LinkedHashMap<>();
      for (Node g : nodes) {
        if (dsg.find(g, Node.ANY, Node.ANY, Node.ANY).hasNext()) {
          dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY); // (its delete buffer is costly for the many new graphs)
        }
        written.put(g, new ArrayList<>());
      }
      StreamRDF sink = new StreamRDFWrapper(StreamRDFLib.dataset(dsg)) {
        @Override
        public void quad(Quad q) {
          super.quad(q);
          List<Quad> kept = written.get(q.getGraph());
          if (kept != null && ClaimIndex.isArticleGraph(q.getGraph())) {
            kept.add(q);
          }
        }
      };
      sink.start();
      writer.accept(sink);
      sink.finish();
      if (graphs.contains(Ids.GAZETTEER_GRAPH)) {
        ClaimIndex.refreshGazetteerNames(dsg);
      }
      ClaimIndex.apply(dsg, withdrawn, ClaimIndex.supportsOfNew(dsg, written));
    });
  }

  /**
   * Makes the claims graph match the article graphs when it may not: a store made by an irkg
   * that kept other claims, or a bulk load that did not finish (it unstamps the claims first).
   */
  private void checkClaims() {
    DatasetGraph dsg = dataset.asDatasetGraph();
    if (ClaimIndex.VERSION.equals(Txn.calculateRead(dataset, () -> ClaimIndex.version(dsg)))) {
      return;
    }
    Txn.executeWrite(dataset, () -> {
      if (dsg.find().hasNext()) {
        // can take minutes on a million articles: say why the command waits
        System.err.println("irkg: building the claims graph of " + dir + " from its articles (once)");
        ClaimIndex.rebuild(dsg, REBUILD_CHUNK);
      } else {
        ClaimIndex.stamp(dsg, ClaimIndex.VERSION);
      }
    });
  }

  /** Where the claims graph disagrees with the article graphs (none if it is in step), at most {@code limit} lines. */
  public List<String> claimDisagreements(int limit) {
    return Txn.calculateRead(dataset, () -> ClaimIndex.disagreements(dataset.asDatasetGraph(), limit));
  }

  /** Builds the claims graph again from the article graphs; returns the number of articles read. */
  public long rebuildClaims() {
    DatasetGraph dsg = dataset.asDatasetGraph();
    // one transaction: TDB2 copies each block a transaction changes, so a rebuild in steps of
    // 10,000 articles rewrote the claims' index blocks at every step (40 GB and growing at a
    // million articles, against some 15 GB for the store); one transaction copies each block once
    return Txn.calculateWrite(dataset, () -> ClaimIndex.rebuild(dsg, REBUILD_CHUNK));
  }

  /**
   * Streams quads through TDB2's bulk loader (the machinery of {@code tdb2.tdbloader}): one
   * transaction for the whole load, much faster than batches for a first load. Nothing is
   * replaced: use it on graphs the store does not hold yet. The claims graph is then built from
   * all article graphs, in a transaction of its own.
   */
  public BulkLoad bulkLoad(Consumer<StreamRDF> writer) {
    // unstamped until the claims are rebuilt after the load: a kill in between is seen at the next open
    Txn.executeWrite(dataset, () -> ClaimIndex.stamp(dataset.asDatasetGraph(), null));
    long t0 = System.nanoTime();
    long n;
    try {
      n = bulkLoadQuads(writer);
    } catch (RuntimeException e) {
      // the load was aborted, the store is as it was: so are its claims
      Txn.executeWrite(dataset, () -> ClaimIndex.stamp(dataset.asDatasetGraph(), ClaimIndex.VERSION));
      throw e;
    }
    long t1 = System.nanoTime();
    rebuildClaims();
    return new BulkLoad(n, t1 - t0, System.nanoTime() - t1);
  }

  /** What a bulk load wrote, and the time it took to load the quads, then to build the claims graph. */
  public record BulkLoad(long quads, long loadNanos, long claimsNanos) {}

  private long bulkLoadQuads(Consumer<StreamRDF> writer) {
    org.apache.jena.tdb2.loader.DataLoader loader =
        org.apache.jena.tdb2.loader.LoaderFactory.createLoader(dataset.asDatasetGraph(), (fmt, args) -> { });
    loader.startBulk();
    try {
      StreamRDF sink = loader.stream();
      sink.start();
      writer.accept(sink);
      sink.finish();
      loader.finishBulk();
    } catch (RuntimeException e) {
      loader.finishException(e);
      throw e;
    }
    return loader.countQuads();
  }

  /** Whether the store holds no article yet (then a first load may take the bulk path). */
  public boolean hasNoArticle() {
    return Txn.calculateRead(dataset, () -> !articleHashQuads(dataset.asDatasetGraph()).hasNext());
  }

  /** The content-hash quads of the stored articles (the gazetteer's hash left out), in index order. */
  private static java.util.Iterator<Quad> articleHashQuads(DatasetGraph dsg) {
    return org.apache.jena.atlas.iterator.Iter.filter(dsg.find(Node.ANY, Node.ANY, Vocab.CONTENT_HASH, Node.ANY),
        q -> q.getGraph().equals(q.getSubject()) && !q.getGraph().getURI().equals(Ids.GAZETTEER_GRAPH));
  }

  /** Whether a named graph holds anything. */
  public boolean hasGraph(String g) {
    return Txn.calculateRead(dataset, () ->
        dataset.asDatasetGraph().contains(NodeFactory.createURI(g), Node.ANY, Node.ANY, Node.ANY));
  }

  /** The IRIs of the named graphs the store holds, sorted. */
  public List<String> graphNames() {
    return Txn.calculateRead(dataset, () -> {
      List<String> out = new ArrayList<>();
      dataset.asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
        if (g.isURI() && !g.equals(ClaimIndex.GRAPH)) {
          out.add(g.getURI());
        }
      });
      Collections.sort(out);
      return out;
    });
  }

  /** Runs a SELECT or ASK query over the union graph; the result is copied out of the transaction. */
  public ResultSetRewindable select(String sparql, QuerySolutionMap bindings) {
    return StoreQueries.select(dataset, sparql, bindings);
  }

  /** Runs a SELECT query and counts its rows without keeping them (for timing answers too large to hold). */
  public long countRows(String sparql, QuerySolutionMap bindings) {
    return StoreQueries.countRows(dataset, sparql, bindings);
  }

  /** Runs an ASK query over the union graph. */
  public boolean ask(String sparql, QuerySolutionMap bindings) {
    return StoreQueries.ask(dataset, sparql, bindings);
  }

  /** Runs a CONSTRUCT or DESCRIBE query over the union graph; the graph is copied out of the transaction. */
  public Model graph(String sparql, QuerySolutionMap bindings) {
    return StoreQueries.graph(dataset, sparql, bindings);
  }

  /** Runs any read-only work inside a read transaction. */
  public <T> T read(Function<Dataset, T> work) {
    return Txn.calculateRead(dataset, () -> work.apply(dataset));
  }

  /** The content hash of one stored article, or null when the store does not hold it: an index lookup. */
  public String articleHash(String articleIri) {
    Node g = NodeFactory.createURI(articleIri);
    return Txn.calculateRead(dataset, () -> {
      var it = dataset.asDatasetGraph().find(g, g, Vocab.CONTENT_HASH, Node.ANY);
      return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    });
  }

  /** How many articles the store holds (a count of their content hashes). */
  public long articleCount() {
    return Txn.calculateRead(dataset, () -> org.apache.jena.atlas.iterator.Iter.count(articleHashQuads(dataset.asDatasetGraph())));
  }

  /** The fingerprint the background graph was written from, or null. */
  public String backgroundHash() {
    Node g = NodeFactory.createURI(Ids.GAZETTEER_GRAPH);
    return Txn.calculateRead(dataset, () -> {
      var it = dataset.asDatasetGraph().find(g, g, Vocab.CONTENT_HASH, Node.ANY);
      return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    });
  }

  /**
   * Deletes the named graphs of these IRIs in one transaction; returns how many held anything. A
   * removed article's first remaining copy (ir:copyOf) becomes the story's article: its facts are
   * counted in the claims from then on, and the other copies point at it.
   */
  public int removeGraphs(java.util.Collection<String> graphs) {
    return Txn.calculateWrite(dataset, () -> {
      int n = 0;
      DatasetGraph dsg = dataset.asDatasetGraph();
      var withdrawn = ClaimIndex.supportsOf(dsg, graphs.stream().map(NodeFactory::createURI).toList());
      java.util.Set<Node> removed = new java.util.HashSet<>();
      for (String g : graphs) {
        Node gn = NodeFactory.createURI(g);
        if (dsg.contains(gn, Node.ANY, Node.ANY, Node.ANY)) {
          dsg.deleteAny(gn, Node.ANY, Node.ANY, Node.ANY);
          removed.add(gn);
          n++;
        }
      }
      List<Node> promoted = Stories.promoteCopies(dsg, removed);
      ClaimIndex.apply(dsg, withdrawn, ClaimIndex.supportsOf(dsg, promoted));
      return n;
    });
  }

  /** The article that holds this story first (itself, or the one it copies), or null: an index lookup. */
  public String storyOriginal(String story) {
    return Txn.calculateRead(dataset, () -> Stories.originalOf(dataset.asDatasetGraph(), story));
  }


  /** Number of quads in the named graphs, but for the claims graph (derived from the others). */
  public long size() {
    return Txn.calculateRead(dataset, () -> {
      long n = 0;
      var it = dataset.asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
      while (it.hasNext()) {
        if (!it.next().getGraph().equals(ClaimIndex.GRAPH)) {
          n++;
        }
      }
      return n;
    });
  }

  /**
   * Writes the store: N-Quads and TriG keep the named graphs; Turtle and JSON-LD too (JSON-LD) or the
   * union (Turtle). The claims graph stays out: it is derived, and rebuilt by any store that loads
   * the articles' graphs.
   */
  public void export(OutputStream out, String format) {
    Txn.executeRead(dataset, () -> StoreExport.write(dataset.asDatasetGraph(), out, format));
  }

  public Dataset dataset() {
    return dataset;
  }

  @Override
  public void close() {
    // expel releases the folder's lock so another process (or a test) can open it next
    org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
  }
}
