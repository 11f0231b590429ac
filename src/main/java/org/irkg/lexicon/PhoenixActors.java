package org.irkg.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.irkg.doc.Text;

/**
 * Reads actor dictionaries in the PETRARCH / TABARI format (the Phoenix dictionaries and those
 * users bring): an entry is a name (words joined by "_"), synonyms on "+" lines, and codes in
 * brackets with optional dated roles ({@code [USAGOV 130201-170120]}, {@code [FRAGOV >120515]}).
 */
public final class PhoenixActors {
  /** A code held from {@code from} to {@code to} (either may be null: open). */
  public record Role(String code, LocalDate from, LocalDate to) {}

  /** An actor: its main name, every name it goes by, its roles. */
  public record Entry(String name, List<String> names, List<Role> roles) {
    /**
     * The three-letter country of its first country role (CAMEO country codes are ISO 3166
     * alpha-3; {@code isCountry} tells a country from a sector such as ELI or GOV), or null.
     */
    public String country(java.util.function.Predicate<String> isCountry) {
      for (Role r : roles) {
        String c = r.code();
        if (c.length() >= 3 && isCountry.test(c.substring(0, 3))) {
          return c.substring(0, 3);
        }
      }
      return null;
    }

    /** Its code on that day: the dated role that covers the day, else its first undated code; null for none. */
    public String codeOn(LocalDate day) {
      String undated = null;
      for (Role r : roles) {
        if (r.code().startsWith("---") || r.code().startsWith("+") || r.code().startsWith("#")) {
          continue;
        }
        if (r.from() == null && r.to() == null) {
          undated = undated == null ? r.code() : undated;
        } else if (day != null && (r.from() == null || !day.isBefore(r.from())) && (r.to() == null || !day.isAfter(r.to()))) {
          return r.code();
        }
      }
      return undated;
    }

    /** Whether one of its roles is a sector of politics (government, elite, military, opposition, IGO ...). */
    public boolean political() {
      return roles.stream().anyMatch(r -> r.code().length() > 3 && !r.code().startsWith("---"));
    }
  }

  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
  private final Map<String, Entry> byName = new java.util.LinkedHashMap<>();
  private int entries;

  public int size() {
    return entries;
  }

  /**
   * The CAMEO code of an actor on a day: its entry's (found by any of its names), else its ISO code,
   * else its state's; null when none is known.
   */
  public String codeOf(org.irkg.doc.Actor a, LocalDate day) {
    java.util.List<String> names = new ArrayList<>(a.labels().values());
    a.aliases().stream().map(org.irkg.doc.Actor.Name::text).filter(n -> n.trim().contains(" ")).forEach(names::add);
    for (String n : names) {
      Entry e = find(Text.key(n));
      String c = e == null ? null : e.codeOn(day);
      if (c != null) {
        return c;
      }
    }
    if (a.isoCode() != null) {
      return a.isoCode();
    }
    return a.state() != null ? a.state().substring(a.state().lastIndexOf('/') + 1) : null;
  }

  /** The entry one of whose names has this matching key ({@link Text#key}), or null. */
  public Entry find(String key) {
    return byName.get(key);
  }

  /** Reads the dictionaries on the classpath. */
  static PhoenixActors load(List<String> resources) {
    PhoenixActors p = new PhoenixActors();
    for (String r : resources) {
      try (InputStream in = PhoenixActors.class.getResourceAsStream(r)) {
        if (in == null) {
          throw new DataFileException(r + ": data file not found on the classpath");
        }
        p.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), r);
      } catch (IOException e) {
        throw new DataFileException(r + ": " + e.getMessage());
      }
    }
    return p;
  }

  /** Adds the entries of one dictionary; {@code name} names it in errors. */
  public void read(BufferedReader in, String name) throws IOException {
    read(in, name, false);
  }

  /**
   * Reads a dictionary a user brings, all or nothing: every code must be well formed (letters and
   * digits, "---" for none) with readable dates, or the file is refused with its line and the reason.
   */
  public static PhoenixActors readStrict(BufferedReader in, String name) throws IOException {
    PhoenixActors p = new PhoenixActors();
    p.read(in, name, true);
    return p;
  }

  /** This dictionary's entries take the place of {@code base}'s for the names both have. */
  public void overrides(PhoenixActors base) {
    base.byName.putAll(byName);
    base.entries += entries;
  }

  /** Every entry, once. */
  public java.util.Collection<Entry> entries() {
    return new java.util.LinkedHashSet<>(byName.values());
  }

  private void read(BufferedReader in, String name, boolean strict) throws IOException {
    String line;
    int n = 0;
    List<String> names = null;
    List<Role> roles = null;
    while ((line = in.readLine()) != null) {
      n++;
      if (line.trim().startsWith("<!")) {
        continue; // "<!-- ... -->": a comment of the XML-flavoured dictionaries
      }
      int hash = line.indexOf('#');
      String text = hash >= 0 ? line.substring(0, hash) : line;
      if (text.isBlank()) {
        continue;
      }
      int bracket = text.indexOf('[');
      String head = (bracket >= 0 ? text.substring(0, bracket) : text).trim();
      if (!head.isEmpty() && !Character.isWhitespace(text.charAt(0))) {
        if (head.startsWith("+") && names != null) {
          names.add(words(head.substring(1)));
        } else if (!head.startsWith("+")) {
          flush(names, roles);
          names = new ArrayList<>(List.of(words(head)));
          roles = new ArrayList<>();
        }
      }
      if (roles != null && bracket >= 0) {
        Matcher m = CODE.matcher(text);
        while (m.find()) {
          Role r = role(m.group(1));
          if (strict) {
            check(m.group(1), r, name, n);
          }
          roles.add(r);
        }
      }
    }
    flush(names, roles);
  }

  private void flush(List<String> names, List<Role> roles) {
    if (names == null || names.isEmpty() || names.get(0).isEmpty()) {
      return;
    }
    Entry e = new Entry(names.get(0), List.copyOf(names), List.copyOf(roles));
    for (String n : names) {
      byName.putIfAbsent(Text.key(n), e);
    }
    entries++;
  }

  private static String words(String s) {
    return s.replace('_', ' ').trim().toLowerCase(java.util.Locale.ROOT);
  }

  private static final Pattern WELL_FORMED = Pattern.compile("(---|\\+\\+\\+|###|~?[A-Za-z0-9]{2,}(/~?[A-Za-z0-9]{2,})*)(\\s+([<>]\\s*\\d{6,8}|\\d{6,8}\\s*-\\s*\\d{6,8}))?");

  private static void check(String raw, Role r, String file, int line) {
    String t = raw.trim();
    if (!WELL_FORMED.matcher(t).matches()) {
      throw new DataFileException(file + ":" + line + ": '" + t + "' is not an actor code (letters and digits, or ---,"
          + " then optionally >YYMMDD, <YYMMDD or YYMMDD-YYMMDD)");
    }
    Matcher days = Pattern.compile("\\d{6,8}").matcher(t);
    while (days.find()) {
      if (date(days.group()) == null) {
        throw new DataFileException(file + ":" + line + ": '" + t + "' has a date that is no day");
      }
    }
    if (r.from() != null && r.to() != null && r.from().isAfter(r.to())) {
      throw new DataFileException(file + ":" + line + ": '" + t + "' ends before it starts");
    }
  }

  /** "USAGOV 130201-170120", "FRAGOV >120515", "IGOUNO", "ELI". */
  private static Role role(String s) {
    String[] parts = s.trim().split("\\s+", 2);
    String code = parts[0].split("/")[0].toUpperCase(java.util.Locale.ROOT); // "ELR/GAL": both; the first codes
    LocalDate from = null;
    LocalDate to = null;
    if (parts.length > 1) {
      String d = parts[1].trim().replace(" ", "");
      if (d.startsWith(">")) {
        from = date(d.substring(1));
      } else if (d.startsWith("<")) {
        to = date(d.substring(1));
      } else if (d.contains("-")) {
        from = date(d.substring(0, d.indexOf('-')));
        to = date(d.substring(d.indexOf('-') + 1));
      }
    }
    return new Role(code, from, to);
  }

  /** YYMMDD (years 00-29 are 2000-2029) or YYYYMMDD; null when unreadable. */
  static LocalDate date(String s) {
    try {
      if (s.length() == 8) {
        return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
            Integer.parseInt(s.substring(6, 8)));
      }
      if (s.length() == 6) {
        int yy = Integer.parseInt(s.substring(0, 2));
        return LocalDate.of(yy < 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(s.substring(2, 4)),
            Integer.parseInt(s.substring(4, 6)));
      }
    } catch (RuntimeException e) {
      return null;
    }
    return null;
  }
}
