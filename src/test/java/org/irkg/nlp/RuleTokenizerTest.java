package org.irkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleTokenizerTest {
  private final RuleTokenizer fr = new RuleTokenizer(Set.of("l", "d", "qu", "jusqu"), Set.of("M."));

  private List<String> tokens(String s) {
    return fr.tokenize(s).stream().map(t -> s.substring(t.start(), t.end())).toList();
  }

  @Test
  void splitsElisionsAndGuillemetsButKeepsHyphenatedNames() {
    assertEquals(List.of("l'", "engagement", "«", "inébranlable", "»", "de", "l'", "OTAN", "."),
        tokens("l'engagement «inébranlable» de l'OTAN."));
    assertEquals(List.of("Jean-Marc", "Ayrault", "et", "les", "États-Unis"), tokens("Jean-Marc Ayrault et les États-Unis"));
    assertEquals(List.of("qu'", "au", "bout", "jusqu'", "ici"), tokens("qu'au bout jusqu'ici"));
  }

  @Test
  void keepsAbbreviationsAndInitials() {
    assertEquals(List.of("M.", "Kerry", "et", "les", "U.S.", ","), tokens("M. Kerry et les U.S.,"));
  }

  @Test
  void offsetsPointIntoTheText() {
    String s = "  (...) a dit M. Kerry";
    var spans = fr.tokenize(s);
    assertEquals("(", s.substring(spans.get(0).start(), spans.get(0).end()));
    assertEquals("...", s.substring(spans.get(1).start(), spans.get(1).end()));
    assertEquals("Kerry", s.substring(spans.get(spans.size() - 1).start(), spans.get(spans.size() - 1).end()));
  }
}
