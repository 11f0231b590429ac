package org.irkg.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.irkg.doc.Actor;
import org.irkg.doc.ActorType;
import org.irkg.doc.Ids;

/**
 * What the entries of a user's actor dictionary are, read from their CAMEO codes: a person has a
 * dated role ({@code [USAGOV 090120-170120]}); a three-letter code is a country ({@code [ARN]});
 * IGO and NGO codes are organisations; rebels, insurgents, unidentified armed forces and
 * international militarised groups are armed groups; a state's government, military, police,
 * legislature, judiciary or intelligence is one of its bodies. Other sectors (business, media,
 * civilians) are no actors of international relations here and are left out.
 */
final class UserActors {
  private static final Set<String> ARMED = Set.of("REB", "INS", "UAF", "SEP", "IMG", "MIL");
  private static final Set<String> BODIES = Set.of("GOV", "MIL", "COP", "LEG", "JUD", "SPY");

  private UserActors() {}

  /** The actors of a dictionary's entries; {@code states} gives the known state of a three-letter code. */
  static List<Actor> actors(PhoenixActors user, Function<String, Actor> states) {
    Map<String, String> ownCountries = new LinkedHashMap<>();
    for (PhoenixActors.Entry e : user.entries()) {
      String c = firstCode(e);
      if (c != null && c.length() == 3 && e.roles().stream().noneMatch(r -> r.from() != null || r.to() != null)) {
        ownCountries.putIfAbsent(c, e.name());
      }
    }
    List<Actor> out = new ArrayList<>();
    for (PhoenixActors.Entry e : user.entries()) {
      String code = firstCode(e);
      if (code == null) {
        continue;
      }
      String country = code.length() >= 3 ? code.substring(0, 3) : null;
      boolean isCountry = country != null && (states.apply(country) != null || ownCountries.containsKey(country));
      String state = isCountry ? Ids.state(country) : null;
      boolean dated = e.roles().stream().anyMatch(r -> r.from() != null || r.to() != null);
      ActorType type;
      String iri;
      if (dated) {
        type = ActorType.PERSON;
        iri = Ids.person(e.name());
      } else if (code.length() == 3 && isCountry) {
        type = ActorType.STATE;
        iri = Ids.state(code);
        state = null;
      } else if (code.startsWith("IGO") || code.startsWith("NGO") || code.startsWith("NGM")) {
        type = ActorType.INTERNATIONAL_ORGANIZATION;
        iri = Ids.organization(e.name());
        state = null;
      } else if (code.startsWith("IMG") || parts(code).stream().skip(isCountry ? 1 : 0).anyMatch(ARMED::contains)
          && !(isCountry && code.length() == 6 && BODIES.contains(code.substring(3)))) {
        type = ActorType.ARMED_GROUP;
        iri = Ids.organization(e.name());
      } else if (isCountry && code.length() == 6 && BODIES.contains(code.substring(3))) {
        type = ActorType.GOVERNMENT_BODY;
        iri = Ids.organization(e.name());
      } else {
        continue;
      }
      List<Actor.Name> aliases = new ArrayList<>();
      for (String n : e.names().subList(1, e.names().size())) {
        aliases.add(new Actor.Name(written(n), ""));
      }
      String label = written(e.name());
      out.add(new Actor(iri, type, Map.of("en", label, "fr", label), aliases, null,
          type == ActorType.STATE ? code : null, state));
    }
    return out;
  }

  /** The first code of an entry that codes something, upper case; null for none. */
  private static String firstCode(PhoenixActors.Entry e) {
    for (PhoenixActors.Role r : e.roles()) {
      String c = r.code().replace("~", "");
      if (!c.startsWith("---") && !c.startsWith("+++") && !c.startsWith("###") && c.length() >= 3) {
        return c.toUpperCase(Locale.ROOT);
      }
    }
    return null;
  }

  private static List<String> parts(String code) {
    List<String> p = new ArrayList<>();
    for (int i = 0; i + 3 <= code.length(); i += 3) {
      p.add(code.substring(i, i + 3));
    }
    return p;
  }

  /** "arnor" -> "Arnor", "george w. bush" -> "George W. Bush": dictionaries write names in capitals. */
  private static String written(String lower) {
    StringBuilder b = new StringBuilder(lower.length());
    boolean start = true;
    for (char c : lower.toCharArray()) {
      b.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ' || c == '-' || c == '.';
    }
    return b.toString();
  }
}
