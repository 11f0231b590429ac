package org.irkg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.irkg.doc.Actor;
import org.irkg.doc.ActorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dictionaries users bring (PETRARCH format): read all or nothing, bad lines named, entries typed by their codes. */
class UserDictionariesTest {
  @TempDir Path dir;

  private Path file(String name, String... lines) throws IOException {
    return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  private String refusal(UserDictionaries d) {
    return assertThrows(DataFileException.class, d::read).getMessage();
  }

  @Test
  void aVerbDictionaryWithAnUnknownCodeIsRefusedAtItsLine() throws IOException {
    Path v = file("team.verbs", "--- SCOLD  [111]  ---", "SCOLD", "- * HARSHLY  [999]", "--- PRAISE [051] ---", "PRAISE");
    assertEquals(v + ":3: unknown CAMEO event code '999'", refusal(new UserDictionaries(List.of(), List.of(v))));
  }

  @Test
  void aMalformedBlockOrPatternIsRefused() throws IOException {
    Path header = file("a.verbs", "--- SCOLD 111 ---", "SCOLD");
    assertTrue(refusal(new UserDictionaries(List.of(), List.of(header))).startsWith(header + ":1: a verb block starts"));
    Path pattern = file("b.verbs", "--- SCOLD [111] ---", "SCOLD", "- HARSHLY [112]");
    assertTrue(refusal(new UserDictionaries(List.of(), List.of(pattern))).startsWith(pattern + ":3: a pattern needs a '*'"));
    Path none = file("c.verbs", "# only a comment");
    assertTrue(refusal(new UserDictionaries(List.of(), List.of(none))).contains("no verb block"));
    assertTrue(refusal(new UserDictionaries(List.of(), List.of(dir.resolve("missing.verbs")))).endsWith("no such file"));
  }

  @Test
  void anActorCodeThatIsNoCodeOrADateThatIsNoDayIsRefused() throws IOException {
    Path bad = file("a.actors", "ARNOR [ARN]", "GONDOR [GON 2x]");
    assertTrue(refusal(new UserDictionaries(List.of(bad), List.of())).startsWith(bad + ":2: 'GON 2x' is not an actor code"));
    Path day = file("b.actors", "FALASTUR", "  [GONGOV 991399-000101]");
    assertTrue(refusal(new UserDictionaries(List.of(day), List.of())).startsWith(day + ":2: 'GONGOV 991399-000101' has a date that is no day"));
  }

  @Test
  void entriesAreTypedByTheirCodesAndPeopleCodedByTheRoleOfTheDay() throws IOException {
    Path a = file("team.actors", "<!-- made-up actors -->", "ARNOR [ARN]", "+ARNORIAN", "ARNOR_GOVERNMENT [ARNGOV]",
        "ARNOR_REBELS [ARNREB]", "UNITED_KINGDOMS_OF_MIDDLE_EARTH [IGOUKM]", "ARNOR_BAKERS [ARNBUS]",
        "ARVEDUI", "  [ARNELI 900101-950101]", "  [ARNGOV 950102-991231]");
    UserDictionaries.Loaded d = new UserDictionaries(List.of(a), List.of()).read();
    List<Actor> actors = UserActors.actors(d.actors().get(0), iso -> null);
    assertEquals(List.of("Arnor STATE", "Arnor Government GOVERNMENT_BODY", "Arnor Rebels ARMED_GROUP",
        "United Kingdoms Of Middle Earth INTERNATIONAL_ORGANIZATION", "Arvedui PERSON"),
        actors.stream().map(x -> x.label("en") + " " + x.type()).toList(), "bakers are no actor of international relations");
    Actor arvedui = actors.get(4);
    assertEquals("https://w3id.org/irkg/id/state/ARN", arvedui.state());
    assertEquals("ARNGOV", d.actors().get(0).codeOf(arvedui, LocalDate.of(1996, 1, 1)));
    assertEquals("ARNELI", d.actors().get(0).codeOf(arvedui, LocalDate.of(1991, 1, 1)));
    assertEquals(ActorType.STATE, actors.get(0).type());
  }

  @Test
  void aUsersVerbTakesThePlaceOfTheProjectsCueForTheSameWord() throws IOException {
    Lexicon en = Lexicon.load("en");
    Path v = file("team.verbs", "--- CONDEMN  [1121]  ---", "CONDEMN");
    UserDictionaries.Loaded d = new UserDictionaries(List.of(), List.of(v)).read();
    en.addVerbDictionary(d.verbs().get(0), v.toString());
    List<String> codes = en.events().exact("condemned").stream().filter(c -> c.pos().equals("verb")).map(EventCue::code).toList();
    assertEquals(List.of("1121"), codes);
  }
}
