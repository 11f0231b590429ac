package org.irkg.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.irkg.doc.Actor;
import org.irkg.doc.ActorType;
import org.irkg.doc.Article;
import org.irkg.doc.Document;
import org.irkg.doc.Mention;
import org.irkg.doc.MentionKind;
import org.irkg.doc.Sentence;
import org.irkg.ingest.ArticleReader;
import org.irkg.pipeline.Extractor;
import org.irkg.pipeline.Problems;

/**
 * A benchmark corpus whose facts differ from one article to the next, as news does: each article is
 * a seed article with the actors it names swapped for others of the same kind (states for states,
 * alliances for alliances, people drawn from a pool of generated names, places for places) and its
 * dates moved, so that the distinct facts of the claims graph grow with the articles instead of
 * staying at the seeds' few dozen. The swaps are made where the extractor found each name in the
 * seed, so the swapped article reads as the seed did; the same seed, index and pool always give the
 * same article. Written as JSON Lines, one line at a time.
 */
final class VariedCorpus {
  /** Generated people to draw from: enough that most positions and meetings are new facts. */
  static final int PEOPLE = 100_000;
  private static final String[] ONSETS = {"b", "br", "d", "dr", "f", "g", "gr", "k", "kr", "l", "m", "n", "p", "r", "s",
      "st", "t", "tr", "v", "z"};
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ou", "ia", "eo", "y"};
  private static final String[] CODAS = {"", "n", "r", "s", "l", "k", "m", "nd", "rt", "v"};

  /** A name found in a seed: where in its analysed text, and what it named. */
  private record Span(int start, int end, Kind kind, String original, Mention mention) {}

  private enum Kind { FULL_NAME, SURNAME, DATE }

  /** A seed with its spans, sorted and without overlaps. */
  private record Seed(Article article, List<Span> spans) {}

  private final List<Seed> seeds = new ArrayList<>();
  private final Map<ActorType, List<Actor>> byType = new HashMap<>();
  private final List<String> firstNames;

  private VariedCorpus(Extractor extractor, List<Article> base, List<String> firstNames) {
    this.firstNames = firstNames;
    for (Actor a : extractor.gazetteer().actors()) {
      if (a.type() != ActorType.PERSON && a.labels().containsKey("en") && a.labels().containsKey("fr")) {
        byType.computeIfAbsent(a.type(), t -> new ArrayList<>()).add(a);
      }
    }
    byType.values().forEach(l -> l.sort(Comparator.comparing(Actor::iri))); // the same order in every run
    for (Article a : base) {
      seeds.add(new Seed(a, spans(extractor.extract(a))));
    }
  }

  /** Reads the seed articles and finds the names in each (one extraction per seed). */
  static VariedCorpus of(Path seedDir, Extractor extractor) throws IOException {
    List<Article> base = new ArrayList<>();
    ArticleReader reader = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES);
    for (Path f : reader.files(List.of(seedDir), Problems.printing(null))) {
      reader.read(f, base::add, Problems.printing(null));
    }
    if (base.isEmpty()) {
      throw new IOException("no articles under " + seedDir);
    }
    List<String> names = new ArrayList<>();
    try (var in = VariedCorpus.class.getResourceAsStream("/irkg/lang/en/first-names.txt")) {
      for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String n = l.strip();
        if (!n.isEmpty() && !n.startsWith("#") && n.chars().allMatch(Character::isLetter)) {
          names.add(n);
        }
      }
    }
    return new VariedCorpus(extractor, base, names);
  }

  /** Writes articles from .. from+n-1 as JSON Lines. */
  Path write(int from, int n, Path out) throws IOException {
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int i = from; i < from + n; i++) {
        Article a = article(i);
        JsonObject o = new JsonObject();
        o.put("id", a.key());
        if (a.title() != null) {
          o.put("title", a.title());
        }
        if (a.date() != null) {
          o.put("date", a.date().toString());
        }
        o.put("lang", a.lang());
        o.put("text", a.text());
        w.write(JSON.toStringFlat(o));
        w.write('\n');
      }
    }
    return out;
  }

  /** Seed i modulo the seeds, as it was read. */
  Article seed(int i) {
    return seeds.get(i % seeds.size()).article();
  }

  /** Article i: seed i modulo the seeds, its names swapped and its dates moved by a draw of i. */
  Article article(int i) {
    Seed seed = seeds.get(i % seeds.size());
    SplittableRandom random = new SplittableRandom(0x1c0ffeeL * 31 + i);
    int shift = random.nextInt(-3650, 3650);
    Map<String, Actor> swapped = new HashMap<>();
    Map<String, String[]> people = new HashMap<>();
    Set<String> used = new HashSet<>();
    Article a = seed.article();
    String analysed = a.analysedText();
    int titleEnd = a.title() == null || a.title().isBlank() ? -1 : a.title().length();
    StringBuilder title = new StringBuilder();
    StringBuilder text = new StringBuilder();
    int at = 0;
    for (Span s : seed.spans()) {
      String with = switch (s.kind()) {
        case DATE -> date(s.mention(), shift, a.lang());
        case FULL_NAME, SURNAME -> {
          Actor original = s.mention().actor();
          if (original.type() == ActorType.PERSON) {
            String[] p = people.computeIfAbsent(original.iri(), k -> person(random));
            yield s.kind() == Kind.SURNAME ? p[1] : p[0] + " " + p[1];
          }
          Actor other = swapped.computeIfAbsent(original.iri(), k -> draw(original, random, used));
          yield other == null ? s.original() : other.labels().getOrDefault(a.lang(), s.original());
        }
      };
      if (with == null || s.start() < at) {
        continue;
      }
      append(analysed, at, s.start(), titleEnd, title, text);
      (titleEnd >= 0 && s.start() < titleEnd ? title : text).append(with);
      at = s.end();
    }
    append(analysed, at, analysed.length(), titleEnd, title, text);
    LocalDate date = a.date() == null ? null : a.date().plusDays(shift);
    return new Article("bench-" + i, "bench-" + i, titleEnd < 0 ? null : title.toString(), date, a.lang(), null,
        text.toString(), null);
  }

  /** Copies analysed[from, to) into the title or the text (the two are joined by a blank line there). */
  private static void append(String analysed, int from, int to, int titleEnd, StringBuilder title, StringBuilder text) {
    int textStart = titleEnd < 0 ? 0 : titleEnd + 2;
    if (titleEnd >= 0 && from < titleEnd) {
      title.append(analysed, from, Math.min(to, titleEnd));
    }
    if (to > textStart) {
      text.append(analysed, Math.max(from, textStart), to);
    }
  }

  /** Another actor of the same kind, not yet used in this article; null when there is none. */
  private Actor draw(Actor original, SplittableRandom random, Set<String> used) {
    List<Actor> pool = byType.getOrDefault(original.type(), List.of());
    for (int tries = 0; tries < 20 && !pool.isEmpty(); tries++) {
      Actor c = pool.get(random.nextInt(pool.size()));
      if (used.add(c.iri())) {
        return c;
      }
    }
    return null;
  }

  /** One of the generated people: a given name and a made-up surname, both capitalised. */
  private String[] person(SplittableRandom random) {
    int k = random.nextInt(PEOPLE);
    return new String[] {firstNames.get(k % firstNames.size()), surname(k)};
  }

  static String surname(int k) {
    StringBuilder b = new StringBuilder();
    int x = k;
    for (int syllable = 0; syllable < 3; syllable++) {
      b.append(ONSETS[x % ONSETS.length]).append(VOWELS[(x / ONSETS.length) % VOWELS.length]);
      x /= ONSETS.length * VOWELS.length;
    }
    b.append(CODAS[k % CODAS.length]);
    return Character.toUpperCase(b.charAt(0)) + b.substring(1);
  }

  private static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
  private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  /** A full date moved by the article's shift, written as the language writes it; null leaves it. */
  private static String date(Mention m, int shift, String lang) {
    var d = m.date();
    if (d == null || d.month() <= 0 || d.day() <= 0) {
      return null;
    }
    LocalDate moved = LocalDate.of(d.year(), d.month(), d.day()).plusDays(shift);
    return ("fr".equals(lang) ? FR : EN).format(moved);
  }

  /** The names and full dates the extractor found, as character spans of the analysed text. */
  private static List<Span> spans(Document doc) {
    String analysed = doc.article().analysedText();
    List<Span> out = new ArrayList<>();
    List<Mention> all = new ArrayList<>(doc.links());
    doc.mentions().stream().filter(m -> m.kind() == MentionKind.DATE).forEach(all::add);
    for (Mention m : all) {
      Sentence s = doc.sentences().get(m.sentence());
      if (m.first() >= m.end() || m.end() > s.tokens().size()) {
        continue;
      }
      int start = s.tokens().get(m.first()).start();
      int end = s.tokens().get(m.end() - 1).end();
      Kind kind;
      if (m.kind() == MentionKind.DATE) {
        kind = Kind.DATE;
      } else if (m.kind() == MentionKind.NAME && m.actor() != null) {
        kind = m.actor().type() == ActorType.PERSON && m.end() - m.first() == 1 ? Kind.SURNAME : Kind.FULL_NAME;
      } else {
        continue; // demonyms, pronouns and titles agree with their words: left as they are
      }
      out.add(new Span(start, end, kind, analysed.substring(start, end), m));
    }
    out.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
    List<Span> kept = new ArrayList<>();
    int at = 0;
    for (Span s : out) {
      if (s.start() >= at) {
        kept.add(s);
        at = s.end();
      }
    }
    return kept;
  }
}
