package org.irkg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.irkg.serve.SparqlServer;
import org.irkg.store.Tdb2Store;

/**
 * Many clients against {@code irkg serve}'s SPARQL endpoint at once, over HTTP, for a while: each
 * sends the queries of queries/ in turn, narrowed to an actor drawn at random from the store's
 * states (the name written into the query, as a client of the protocol does), reads the whole
 * answer, and sends the next. Prints throughput, the latency distribution and the errors.
 */
final class EndpointLoad {
  private EndpointLoad() {}

  static void run(Tdb2Store st, Path queries, int clients, Duration length, PrintWriter out) throws IOException {
    List<String> names = new ArrayList<>();
    st.select("PREFIX ir: <https://w3id.org/irkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
        + " SELECT DISTINCT ?l { GRAPH <https://w3id.org/irkg/id/graph/claims> { ?x a ir:State ; rdfs:label ?l"
        + " FILTER(LANG(?l) = \"en\") } } ORDER BY ?l LIMIT 100", null)
        .forEachRemaining(s -> names.add(s.getLiteral("l").getLexicalForm()));
    Map<String, String> texts = new TreeMap<>();
    try (Stream<Path> files = Files.list(queries)) {
      for (Path q : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
        texts.put(q.getFileName().toString(), Files.readString(q, StandardCharsets.UTF_8));
      }
    }
    if (names.isEmpty() || texts.isEmpty()) {
      out.printf("%nendpoint under load: skipped (no states in the claims graph, or no queries)%n");
      return;
    }
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    Map<String, List<Long>> byQuery = new ConcurrentHashMap<>();
    AtomicInteger errors = new AtomicInteger();
    List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());
    SparqlServer server = SparqlServer.start(st, new SparqlServer.Options("127.0.0.1", 0, Duration.ofSeconds(60), 100_000,
        null, null));
    try {
      String endpoint = server.url() + "kg/sparql";
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      long end = System.nanoTime() + length.toNanos();
      List<String> files = new ArrayList<>(texts.keySet());
      List<Thread> threads = new ArrayList<>();
      long start = System.nanoTime();
      for (int c = 0; c < clients; c++) {
        SplittableRandom random = new SplittableRandom(7919L * c + 1);
        Thread t = new Thread(() -> {
          int i = random.nextInt(files.size());
          while (System.nanoTime() < end) {
            String file = files.get(i++ % files.size());
            String name = names.get(random.nextInt(names.size()));
            String text = narrowed(texts.get(file), name);
            HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(text, StandardCharsets.UTF_8)))
                .build();
            long t0 = System.nanoTime();
            try {
              HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
              long took = System.nanoTime() - t0;
              if (r.statusCode() != 200) {
                fail(errors, firstErrors, file + " " + name + ": HTTP " + r.statusCode());
              } else {
                latencies.add(took);
                byQuery.computeIfAbsent(file, k -> Collections.synchronizedList(new ArrayList<>())).add(took);
              }
            } catch (IOException e) {
              fail(errors, firstErrors, file + " " + name + ": " + e);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
          }
        }, "load-client-" + c);
        threads.add(t);
        t.start();
      }
      for (Thread t : threads) {
        try {
          t.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      double secs = (System.nanoTime() - start) / 1e9;
      List<Long> all = new ArrayList<>(latencies);
      Collections.sort(all);
      out.printf("%nendpoint under load: %d clients for %.0f s against irkg serve (%s), each sending the queries of %s in"
          + " turn, narrowed to one of %d states drawn at random%n", clients, secs, endpoint, queries, names.size());
      out.printf("  %d answers, %.1f queries/s, p50 %.1f ms, p99 %.1f ms, %d errors%n", all.size(), all.size() / secs,
          pct(all, 0.50) / 1e6, pct(all, 0.99) / 1e6, errors.get());
      for (Map.Entry<String, List<Long>> e : new TreeMap<>(byQuery).entrySet()) {
        List<Long> l = new ArrayList<>(e.getValue());
        Collections.sort(l);
        out.printf("    %-24s %6d answers  p50 %8.1f ms  p99 %8.1f ms%n", e.getKey(), l.size(), pct(l, 0.50) / 1e6,
            pct(l, 0.99) / 1e6);
      }
      firstErrors.forEach(m -> out.println("  error: " + m));
      out.flush();
    } finally {
      server.close();
    }
  }

  private static void fail(AtomicInteger errors, List<String> firstErrors, String message) {
    if (errors.incrementAndGet() <= 5) {
      firstErrors.add(message);
    }
  }

  /** The p-th quantile of sorted figures (nearest rank). */
  static long pct(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * p) - 1));
  }

  /** The query with ?name bound to the actor's name in its text (the protocol has no parameters). */
  static String narrowed(String text, String name) {
    Query q = QueryFactory.create(text);
    return QueryTransformOps.transform(q, Map.of(Var.alloc("name"), NodeFactory.createLiteralString(name))).serialize();
  }
}
