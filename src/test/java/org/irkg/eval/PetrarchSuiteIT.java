package org.irkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.irkg.doc.Article;
import org.irkg.doc.Document;
import org.irkg.doc.Fact;
import org.irkg.lexicon.CameoCodes;
import org.irkg.lexicon.DataFileException;
import org.irkg.lexicon.PhoenixActors;
import org.irkg.lexicon.UserDictionaries;
import org.irkg.pipeline.Extractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * PETRARCH2's validation suite (src/test/resources/petrarch2, MIT): its records are coded by irkg
 * with the suite's actor dictionary and verb dictionary given as a user's ({@code --actors},
 * {@code --verbs}), and the share of records whose expected source, target and event code irkg
 * gives is printed (README.md, "Events"). irkg reads each sentence with its own parser, not the
 * suite's trees; records of the ERROR category (PETRARCH's own error paths) are not attempted.
 */
class PetrarchSuiteIT {
  static final Path SUITE = Path.of("src/test/resources/petrarch2");
  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
  @TempDir static Path dir;
  static Path verbs;

  /** A record: its id, category, date, text and the events it expects (source, target, code), or none. */
  record SuiteRecord(String id, String category, LocalDate date, String text, Set<List<String>> expected, boolean noEvents) {}

  /**
   * The suite's verb dictionary with its test-only codes (901 ... 915, abc, 023? ...), which no
   * CAMEO codebook has and irkg refuses, written "---" (codes nothing); everything else as it is.
   */
  @BeforeAll
  static void cameoOnlyVerbs() throws IOException {
    verbs = dir.resolve("PETR.Validate.verbs.cameo-only.txt");
    StringBuilder out = new StringBuilder();
    for (String line : Files.readAllLines(SUITE.resolve("PETR.Validate.verbs.txt"), StandardCharsets.UTF_8)) {
      int hash = line.indexOf('#');
      String text = hash >= 0 ? line.substring(0, hash) : line;
      Matcher m = CODE.matcher(text);
      StringBuilder b = new StringBuilder();
      while (m.find()) {
        String code = m.group(1).trim();
        boolean known = code.split(":")[0].trim().isEmpty() || code.startsWith("-") || code.startsWith("+")
            || code.startsWith("#") || List.of(code.split(":")).stream().allMatch(c -> CameoCodes.get().known(c.trim()));
        m.appendReplacement(b, Matcher.quoteReplacement(known ? m.group() : "[---]"));
      }
      m.appendTail(b);
      out.append(b).append(hash >= 0 ? line.substring(hash) : "").append('\n');
    }
    Files.writeString(verbs, out.toString(), StandardCharsets.UTF_8);
  }

  static List<SuiteRecord> records() throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    List<SuiteRecord> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(SUITE.resolve("PETR.UnitTest.records.xml"))) {
      NodeList ss = f.newDocumentBuilder().parse(in).getElementsByTagName("Sentence");
      for (int i = 0; i < ss.getLength(); i++) {
        Element s = (Element) ss.item(i);
        String d = s.getAttribute("date");
        LocalDate date = LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)),
            Integer.parseInt(d.substring(6, 8)));
        Set<List<String>> expected = new java.util.LinkedHashSet<>();
        boolean none = false;
        NodeList codings = s.getElementsByTagName("EventCoding");
        for (int j = 0; j < codings.getLength(); j++) {
          Element c = (Element) codings.item(j);
          if (c.hasAttribute("noevents")) {
            none = true;
          } else if (c.hasAttribute("eventcode")) {
            expected.add(List.of(c.getAttribute("sourcecode"), c.getAttribute("targetcode"), c.getAttribute("eventcode")));
          }
        }
        String text = s.getElementsByTagName("Text").item(0).getTextContent().replaceAll("\\s+", " ").trim();
        out.add(new SuiteRecord(s.getAttribute("id"), s.getAttribute("category"), date, text, expected, none));
      }
    }
    return out;
  }

  @Test
  void theSuitesVerbDictionaryAsItIsIsRefusedForItsTestOnlyCodes() {
    UserDictionaries d = new UserDictionaries(List.of(), List.of(SUITE.resolve("PETR.Validate.verbs.txt")));
    DataFileException e = assertThrows(DataFileException.class, d::read);
    assertTrue(e.getMessage().matches(".*PETR\\.Validate\\.verbs\\.txt:\\d+: unknown CAMEO event code '\\w+'"), e.getMessage());
  }

  @Test
  void everyRecordIsCodedAndTheShareMatchedIsPrinted() throws Exception {
    Extractor ex = Extractor.load(new UserDictionaries(List.of(SUITE.resolve("PETR.Validate.actors.txt")), List.of(verbs)));
    PhoenixActors codes = ex.gazetteer().phoenix();
    TreeMap<String, int[]> byCategory = new TreeMap<>(); // attempted, all expected found, exactly the expected
    int attempted = 0;
    int found = 0;
    int exact = 0;
    int root = 0;
    int cameo = 0; // records whose expected codes are all CAMEO codes (the rest use the suite's test-only codes)
    int cameoFound = 0;
    for (SuiteRecord r : records()) {
      if (r.category().equals("ERROR")) {
        continue;
      }
      Document doc = ex.extract(new Article(r.id(), r.id(), null, r.date(), "en", null, r.text()));
      Set<List<String>> got = new java.util.LinkedHashSet<>();
      Set<List<String>> gotRoots = new java.util.LinkedHashSet<>();
      for (Fact f : doc.facts()) {
        if (f instanceof Fact.Event e) {
          String s = codes.codeOf(e.source(), r.date());
          String t = codes.codeOf(e.target(), r.date());
          got.add(List.of(String.valueOf(s), String.valueOf(t), e.code()));
          gotRoots.add(List.of(String.valueOf(s), String.valueOf(t), e.code().substring(0, 2)));
        }
      }
      boolean all = r.noEvents() ? got.isEmpty() : !r.expected().isEmpty() && got.containsAll(r.expected());
      boolean same = r.noEvents() ? got.isEmpty() : got.equals(r.expected());
      boolean roots = r.noEvents() ? got.isEmpty() : !r.expected().isEmpty() && r.expected().stream()
          .allMatch(x -> gotRoots.contains(List.of(x.get(0), x.get(1), x.get(2).length() >= 2 ? x.get(2).substring(0, 2) : x.get(2))));
      if (System.getenv("IRKG_SUITE_LOG") != null) {
        System.out.println(r.id() + (all ? " ok " : " MISS ") + r.expected() + " got " + got + " :: " + r.text());
      }
      attempted++;
      if (r.expected().stream().allMatch(x -> CameoCodes.get().known(x.get(2)))) {
        cameo++;
        cameoFound += all ? 1 : 0;
      }
      found += all ? 1 : 0;
      exact += same ? 1 : 0;
      root += roots ? 1 : 0;
      int[] c = byCategory.computeIfAbsent(r.category(), k -> new int[4]);
      c[0]++;
      c[1] += all ? 1 : 0;
      c[2] += same ? 1 : 0;
      c[3] += roots ? 1 : 0;
    }
    System.out.printf("PETRARCH2 validation suite: %d records attempted; expected events all found in %d (%.1f%%),"
        + " exactly the expected events in %d (%.1f%%), source, target and root right in %d (%.1f%%)%n",
        attempted, found, 100.0 * found / attempted, exact, 100.0 * exact / attempted, root, 100.0 * root / attempted);
    System.out.printf("  of the %d records that expect CAMEO codes only (or no event), %d (%.1f%%) found%n", cameo, cameoFound,
        100.0 * cameoFound / cameo);
    byCategory.forEach((k, c) -> System.out.printf("  %-9s %3d records: all found %3d, exact %3d, root %3d%n", k, c[0], c[1], c[2], c[3]));
    assertEquals(277, attempted, "every record but the ERROR ones is coded");
    assertTrue(found > 0, "nothing of the suite is coded: the dictionaries were not read");
  }
}
