package org.irkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers that say what they mean, on the French seed article: ASK and CONSTRUCT, one-line syntax
 * errors, parameters the query does not use, tables without RDF noise, the articles and actors
 * listings, the facts as CSV, readable annotate lines, the columns users asked for in queries/.
 */
class AnswersIT {
  @TempDir static Path dir;
  static String store;

  @BeforeAll
  static void ingest() {
    store = dir.resolve("kg").toString();
    Cli r = Cli.run("ingest", "seeds/articles/seed-fr.txt", "seeds/articles/en-001.txt", "--store", store);
    assertEquals(0, r.code(), r.err());
  }

  @Test
  void askIsTrueOrFalseAndConstructIsAGraph() {
    Cli ask = Cli.run("query", "--store", store, "--sparql", "ASK { ?m a <https://w3id.org/irkg/ontology#Meeting> }");
    assertEquals(0, ask.code(), ask.err());
    assertEquals("true", ask.out().strip());
    Cli json = Cli.run("query", "--store", store, "--format", "json", "--sparql", "ASK { <urn:x> ?p ?o }");
    assertTrue(json.out().contains("\"boolean\" : false"), json.out());
    Cli graph = Cli.run("query", "--store", store, "--format", "ntriples", "--sparql",
        "CONSTRUCT { ?a <urn:lang> ?l } WHERE { ?a a <https://w3id.org/irkg/ontology#Article> ;"
            + " <http://purl.org/dc/terms/language> ?l }");
    assertEquals(0, graph.code(), graph.err());
    assertEquals(2, graph.out().lines().filter(l -> l.contains("<urn:lang>")).count(), graph.out());
    Cli rows = Cli.run("query", "--store", store, "--format", "csv", "--sparql", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }");
    assertEquals(2, rows.code(), "a graph cannot print as csv");
  }

  @Test
  void aSyntaxErrorIsOneLineWithWhereAndWhat() {
    Cli r = Cli.run("query", "--store", store, "--sparql", "SELECT ?x WHERE {\n  ?x a ?t .\n  FILTER( }");
    assertEquals(1, r.code());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("error: --sparql: syntax error at line 3, column 11: unexpected '}'"), r.err());
  }

  @Test
  void aParameterTheQueryDoesNotUseIsAMistake() {
    Cli r = Cli.run("query", "queries/actor-profile.rq", "--store", store, "--param", "nmae=NATO");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("error: --param nmae: the query has no variable ?nmae"), r.err());
    assertEquals(0, Cli.run("query", "queries/actor-profile.rq", "--store", store, "--param", "name=NATO").code());
  }

  @Test
  void tablesShowNamesAndTextWithoutRdfNoise() {
    Cli r = Cli.run("query", "queries/meetings.rq", "--store", store);
    assertEquals(0, r.code(), r.err());
    assertFalse(r.out().contains("\"@") || r.out().contains("^^") || r.out().contains("\"\""), r.out());
    assertTrue(r.out().lines().allMatch(l -> l.length() < 400), r.out());
    assertTrue(r.out().lines().findFirst().orElseThrow().contains("article"), "meetings has the article column");
  }

  @Test
  void theActorProfileSaysPolarityAndNamesRelations() {
    Cli r = Cli.run("query", "queries/actor-profile.rq", "--store", store, "--format", "csv", "--param", "name=NATO");
    String header = r.out().lines().findFirst().orElseThrow();
    assertTrue(header.startsWith("kind,relation,polarity,as,"), header);
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("Membership,,false,")), "Finland is not a member: " + r.out());
  }

  @Test
  void articlesAndActorsAreListed() {
    Cli a = Cli.run("articles", "--store", store, "--format", "csv");
    assertEquals(0, a.code(), a.err());
    List<String> lines = a.out().lines().toList();
    assertEquals("id,title,date,language,source,facts", lines.get(0));
    assertEquals(3, lines.size(), a.out());
    Cli from = Cli.run("articles", "--store", store, "--format", "csv", "--from", "2010-01-01");
    assertEquals(2, from.out().lines().count(), from.out());
    assertEquals(2, Cli.run("articles", "--store", store, "--from", "2016-13-01").code());
    Cli x = Cli.run("actors", "otan", "--store", store, "--format", "csv");
    assertEquals(0, x.code(), x.err());
    assertTrue(x.out().contains("https://w3id.org/irkg/id/org/nato"), x.out());
    assertTrue(x.out().contains("Alliance"), x.out());
  }

  @Test
  void exportAsCsvIsOneRowPerFact() {
    Path csv = dir.resolve("facts.csv");
    Cli r = Cli.run("export", "--store", store, "--format", "CSV", "-o", csv.toString());
    assertEquals(0, r.code(), r.err());
    Cli facts = Cli.run("query", "--store", store, "--format", "csv", "--sparql",
        "SELECT (COUNT(?f) AS ?n) { ?f <https://w3id.org/irkg/ontology#source> ?a ; a ?c"
            + " VALUES ?c { <https://w3id.org/irkg/ontology#Membership> <https://w3id.org/irkg/ontology#Position>"
            + " <https://w3id.org/irkg/ontology#Meeting> <https://w3id.org/irkg/ontology#Treaty>"
            + " <https://w3id.org/irkg/ontology#Relation> <https://w3id.org/irkg/ontology#CodedEvent> } }");
    long n = Long.parseLong(facts.out().lines().skip(1).findFirst().orElseThrow().strip());
    List<String> rows;
    try {
      rows = java.nio.file.Files.readAllLines(csv);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertTrue(rows.get(0).startsWith("kind,subject,relation,object,polarity,place,date,article,evidence,confidence"));
    assertEquals(n, rows.size() - 1);
    assertTrue(rows.stream().anyMatch(l -> l.startsWith("member,Finland,member of,North Atlantic Treaty Organization,false,")),
        String.join("\n", rows));
  }

  @Test
  void annotatePrintsFactsAsLines() {
    Cli r = Cli.run("annotate", "seeds/articles/seed-fr.txt");
    assertEquals(0, r.code(), r.err());
    List<String> facts = r.out().lines().filter(l -> l.startsWith("FACT ")).toList();
    assertFalse(facts.isEmpty());
    assertTrue(facts.stream().noneMatch(l -> l.contains("Position[") || l.contains("https://")), String.join("\n", facts));
    assertTrue(facts.stream().anyMatch(l -> l.startsWith("FACT member: Finlande is not a member of Organisation du traité")), String.join("\n", facts));
  }
}
