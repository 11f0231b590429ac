package org.irkg.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.irkg.doc.Actor;
import org.irkg.doc.ActorType;
import org.irkg.doc.Ids;
import org.irkg.doc.MentionKind;
import org.irkg.doc.Text;

/**
 * The background knowledge the extractor links to, read from {@code seeds/gazetteer/*.tsv}
 * (shipped at /irkg/gazetteer/): states, organisations with their members, government bodies,
 * armed groups, well-known persons and places. State names in English and French come from the
 * JDK's locale data; the files add aliases, demonyms, capitals and Wikidata ids.
 */
public final class Gazetteer {

  /**
   * One name of an entry.
   *
   * @param actor what it names
   * @param kind NAME or DEMONYM
   * @param metonymFor for a capital city, the state it can stand for; else null
   */
  public record Entry(Actor actor, MentionKind kind, Actor metonymFor) {}

  /** A membership known in the background: from year and to year (0 when open). */
  public record KnownMembership(Actor member, int from, int to) {}

  private final Map<String, Actor> byIri = new LinkedHashMap<>();
  private final Map<String, Actor> byIso = new HashMap<>();
  private final PhraseMatcher<NameEntry> names = new PhraseMatcher<>();
  private final Map<String, List<KnownMembership>> members = new HashMap<>();
  private final List<String> warnings = new ArrayList<>();
  private final Map<String, Actor> territories = new HashMap<>();
  private final Map<String, Actor> capitals = new HashMap<>();

  /**
   * A name with its case rule: an acronym must show its exact letters ("US", not "us"); other
   * names must be capitalised where the gazetteer capitalises them ("La Réunion" is not "la
   * réunion"); demonyms may take any case.
   */
  public record NameEntry(Entry entry, String acronymLetters, String written) {
    public boolean accepts(String surface) {
      if (acronymLetters != null) {
        return surface.replace(".", "").replace(" ", "").equals(acronymLetters);
      }
      if (entry.kind() == MentionKind.DEMONYM) {
        return true;
      }
      if (!Text.capitalised(surface)) {
        // "la commission européenne", "les nations unies": multi-word organisation names are
        // often written in lower case in French; one-word names and persons are not. A name
        // the gazetteer writes in lower case ("al-Qaeda") is taken as written.
        return !Text.capitalised(written) && surface.equals(written) && written.contains("-") && !written.contains(" ")
            || entry.actor().type().isOrganization() && written.trim().contains(" ");
      }
      String[] want = CASE_SPLIT.split(written);
      String[] got = CASE_SPLIT.split(surface);
      if (want.length != got.length) {
        return true;
      }
      for (int i = 0; i < want.length; i++) {
        if (Text.capitalised(want[i]) && !Text.capitalised(got[i])) {
          return false;
        }
      }
      return true;
    }
  }

  private static final java.util.regex.Pattern CASE_SPLIT = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

  private Gazetteer() {}

  /** Loads the gazetteer shipped on the classpath. */
  public static Gazetteer load() {
    Gazetteer g = new Gazetteer();
    g.loadStates("/irkg/gazetteer/states.tsv");
    g.loadOrganizations("/irkg/gazetteer/organizations.tsv");
    g.loadPersons("/irkg/gazetteer/persons.tsv");
    g.loadPlaces("/irkg/gazetteer/places.tsv");
    g.addTerritories();
    g.phoenix = PhoenixActors.load(PHOENIX);
    return g;
  }

  /** The Phoenix actor dictionaries (PETRARCH2, MIT): who is a political figure, and of which state. */
  public static final List<String> PHOENIX = List.of("/irkg/phoenix/Phoenix.Countries.actors.txt",
      "/irkg/phoenix/Phoenix.International.actors.txt", "/irkg/phoenix/Phoenix.MilNonState.actors.txt");

  private PhoenixActors phoenix;

  /** The actor dictionaries' entries, by name. */
  public PhoenixActors phoenix() {
    return phoenix;
  }

  private void loadStates(String file) {
    Map<String, String> alpha2 = new HashMap<>();
    for (String a2 : Locale.getISOCountries()) {
      alpha2.put(new Locale("", a2).getISO3Country(), a2);
    }
    for (TsvFile.Row r : TsvFile.read(file)) {
      String iso = r.get(0);
      if (!iso.matches("[A-Z]{3}")) {
        throw r.error("iso3 must be three capital letters, not '" + iso + "'");
      }
      Map<String, String> labels = new LinkedHashMap<>();
      String a2 = alpha2.get(iso);
      List<Actor.Name> aliases = new ArrayList<>();
      List<String> en = r.list(2, "|");
      List<String> fr = r.list(3, "|");
      if (a2 != null) {
        labels.put("en", new Locale("", a2).getDisplayCountry(Locale.ENGLISH));
        labels.put("fr", new Locale("", a2).getDisplayCountry(Locale.FRENCH));
      }
      // A plain common name in the aliases reads better than CLDR's "Congo - Kinshasa".
      if (!en.isEmpty() && (a2 == null || labels.get("en").matches(".*[()\\-].*"))) {
        labels.put("en", en.get(0));
      }
      if (!fr.isEmpty() && (a2 == null || labels.get("fr").matches(".*[()\\-]\\s.*|.*\\(.*"))) {
        labels.put("fr", fr.get(0));
      }
      if (labels.isEmpty()) {
        throw r.error("no name for state " + iso + " (not in the JDK, and no alias given)");
      }
      en.forEach(n -> aliases.add(new Actor.Name(n, "en")));
      fr.forEach(n -> aliases.add(new Actor.Name(n, "fr")));
      Actor a = new Actor(Ids.state(iso), ActorType.STATE, labels, aliases, emptyToNull(r.get(1)), iso, null);
      add(a);
      byIso.put(iso, a);
      for (String d : r.list(4, "|")) {
        names.add(d, new NameEntry(new Entry(a, MentionKind.DEMONYM, null), null, d));
      }
      for (String d : r.list(5, "|")) {
        names.add(d, new NameEntry(new Entry(a, MentionKind.DEMONYM, null), null, d));
      }
      demonyms.put(a.iri() + "|en", r.list(4, "|"));
      demonyms.put(a.iri() + "|fr", r.list(5, "|"));
    }
  }

  private final Map<String, List<String>> demonyms = new HashMap<>();

  /** A state's demonyms in a language, as the gazetteer lists them ("Pakistani", "pakistanais|pakistanaise"). */
  public List<String> demonyms(String stateIri, String lang) {
    return demonyms.getOrDefault(stateIri + "|" + lang, List.of());
  }

  private void loadOrganizations(String file) {
    for (TsvFile.Row r : TsvFile.read(file)) {
      ActorType type;
      try {
        type = ActorType.parse(r.get(1));
      } catch (IllegalArgumentException e) {
        throw r.error(e.getMessage());
      }
      Map<String, String> labels = new LinkedHashMap<>();
      if (!r.get(3).isEmpty()) {
        labels.put("en", r.get(3));
      }
      if (!r.get(4).isEmpty()) {
        labels.put("fr", r.get(4));
      }
      List<Actor.Name> aliases = new ArrayList<>();
      r.list(5, "|").forEach(n -> aliases.add(new Actor.Name(n, "en")));
      r.list(6, "|").forEach(n -> aliases.add(new Actor.Name(n, "fr")));
      String state = r.get(8).isEmpty() ? null : Ids.state(r.get(8));
      Actor a = new Actor(Ids.organization(r.get(0)), type, labels, aliases, emptyToNull(r.get(2)), null, state);
      add(a);
      List<KnownMembership> ms = new ArrayList<>();
      for (String m : r.list(7, ";")) {
        String[] p = m.split("@");
        Actor s = byIso.get(p[0].trim());
        if (s == null) {
          // former states (SUN, DDR) and territories (HKG) are members of record but not actors here
          warnings.add(r.file() + ":" + r.line() + ": member '" + p[0] + "' is not in states.tsv; skipped");
          continue;
        }
        int from = 0;
        int to = 0;
        if (p.length > 1) {
          String[] years = p[1].split("-");
          from = Integer.parseInt(years[0].trim());
          to = years.length > 1 ? Integer.parseInt(years[1].trim()) : 0;
        }
        ms.add(new KnownMembership(s, from, to));
      }
      if (!ms.isEmpty()) {
        members.put(a.iri(), ms);
      }
    }
  }

  private void loadPersons(String file) {
    for (TsvFile.Row r : TsvFile.read(file)) {
      List<Actor.Name> aliases = new ArrayList<>();
      r.list(3, "|").forEach(n -> aliases.add(new Actor.Name(n, "")));
      String state = r.get(4).isEmpty() ? null : Ids.state(r.get(4));
      Actor a = new Actor(Ids.person(r.get(2)), ActorType.PERSON, Map.of("", r.get(2)), aliases,
          emptyToNull(r.get(1)), null, state);
      add(a);
    }
  }

  private void loadPlaces(String file) {
    for (TsvFile.Row r : TsvFile.read(file)) {
      Map<String, String> labels = new LinkedHashMap<>();
      if (!r.get(2).isEmpty()) {
        labels.put("en", r.get(2));
      }
      if (!r.get(3).isEmpty()) {
        labels.put("fr", r.get(3));
      }
      List<Actor.Name> aliases = new ArrayList<>();
      r.list(4, "|").forEach(n -> aliases.add(new Actor.Name(n, "")));
      String country = r.get(8).isEmpty() ? r.get(7) : r.get(8);
      Actor a = new Actor(Ids.place(r.get(0)), ActorType.PLACE, labels, aliases, emptyToNull(r.get(1)),
          null, country.isEmpty() ? null : Ids.state(country));
      Actor capitalOf = r.get(7).isEmpty() ? null : byIso.get(r.get(7));
      String metonym = r.get(9);
      if (!metonym.isEmpty()) {
        capitalOf = metonym.matches("[A-Z]{3}") ? byIso.get(metonym) : byIri.get(Ids.organization(metonym));
        if (capitalOf == null) {
          throw r.error("metonym '" + metonym + "' is neither a state nor an organisation id");
        }
      }
      if (byIri.containsKey(a.iri())) {
        throw r.error("duplicate place id '" + r.get(0) + "'");
      }
      byIri.put(a.iri(), a);
      for (String n : allNames(a)) {
        addName(n, new Entry(a, MentionKind.NAME, capitalOf));
      }
      if (capitalOf != null) {
        capitals.put(a.iri(), capitalOf);
      }
      for (String d : r.list(5, "|")) {
        names.add(d, new NameEntry(new Entry(a, MentionKind.DEMONYM, null), null, d));
      }
      for (String d : r.list(6, "|")) {
        names.add(d, new NameEntry(new Entry(a, MentionKind.DEMONYM, null), null, d));
      }
    }
  }

  /**
   * Each state's territory as a place, for events located "in Chile": the state is the actor, its
   * territory the ir:Place. A place of places.tsv with the same id (a city-state) is reused.
   */
  private void addTerritories() {
    for (Actor st : byIso.values()) {
      String iri = Ids.place(st.label("en"));
      Actor t = byIri.get(iri);
      if (t == null) {
        t = new Actor(iri, ActorType.PLACE, st.labels(), st.aliases(), null, null, st.iri());
        byIri.put(t.iri(), t);
      }
      territories.put(st.iri(), t);
    }
  }

  /** Whether a place is a state's territory rather than a city or region of places.tsv. */
  public boolean isTerritory(Actor place) {
    Actor st = place.state() == null ? null : byIri.get(place.state());
    return st != null && territories.get(st.iri()) == place;
  }

  /** What a capital stands for when it acts (its state, or an organisation), or null. */
  public Actor metonymOf(Actor place) {
    return capitals.get(place.iri());
  }

  /**
   * Adds the actors of a user's actor dictionary (PETRARCH format; {@link UserActors} reads what
   * each entry is) and lets its codes take the place of the Phoenix dictionaries' for its names.
   * A name the gazetteer already knows stays the gazetteer's actor. Returns how many were added.
   */
  public int addUserActors(PhoenixActors user) {
    int added = 0;
    for (Actor a : UserActors.actors(user, byIso::get)) {
      if (byIri.containsKey(a.iri()) || allNames(a).stream().anyMatch(this::knows)) {
        continue;
      }
      add(a);
      if (a.type() == ActorType.STATE) {
        byIso.put(a.isoCode(), a);
      }
      added++;
    }
    user.overrides(phoenix);
    return added;
  }

  /** Whether a name is one of the gazetteer's (as written, case aside). */
  private boolean knows(String name) {
    return names.exact(name) != null;
  }

  /** The territory of a state, as a place. */
  public Actor territory(Actor state) {
    return territories.get(state.iri());
  }

  private void add(Actor a) {
    if (byIri.containsKey(a.iri())) {
      throw new DataFileException("duplicate gazetteer entry " + a.iri());
    }
    byIri.put(a.iri(), a);
    for (String n : allNames(a)) {
      addName(n, new Entry(a, MentionKind.NAME, null));
    }
  }

  private void addName(String n, Entry e) {
    boolean acronym = Text.acronym(n);
    names.add(n, new NameEntry(e, acronym ? n.replace(".", "").replace(" ", "") : null, n));
  }

  private static List<String> allNames(Actor a) {
    List<String> out = new ArrayList<>(a.labels().values());
    a.aliases().forEach(n -> out.add(n.text()));
    return out;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  /** Entries that were skipped while loading (for check-data). */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  /** The name index: a phrase matcher whose values carry their own case rule. */
  public PhraseMatcher<NameEntry> names() {
    return names;
  }

  public Actor byIri(String iri) {
    return byIri.get(iri);
  }

  public Actor state(String iso3) {
    return byIso.get(iso3);
  }

  public Collection<Actor> actors() {
    return byIri.values();
  }

  /** The states known to belong to an organisation, with the years. */
  public List<KnownMembership> membersOf(Actor org) {
    return members.getOrDefault(org.iri(), List.of());
  }

  /** Whether the gazetteer says {@code member} belonged to {@code org} in {@code year}. */
  public boolean isKnownMember(Actor member, Actor org, int year) {
    for (KnownMembership m : membersOf(org)) {
      if (m.member().iri().equals(member.iri())
          && (m.from() == 0 || year <= 0 || year >= m.from())
          && (m.to() == 0 || year <= 0 || year < m.to())) {
        return true;
      }
    }
    return false;
  }
}
