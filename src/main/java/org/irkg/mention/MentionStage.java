package org.irkg.mention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irkg.doc.Actor;
import org.irkg.doc.Document;
import org.irkg.doc.Layer;
import org.irkg.doc.Mention;
import org.irkg.doc.MentionKind;
import org.irkg.doc.Sentence;
import org.irkg.doc.Text;
import org.irkg.lexicon.Gazetteer;
import org.irkg.lexicon.Lexicon;
import org.irkg.lexicon.PhraseMatcher;
import org.irkg.pipeline.Stage;

/**
 * Finds what each sentence names: gazetteer actors and places (names, acronyms, demonyms,
 * capitals as metonyms), dates, titles, person names, organisations not in the gazetteer and
 * subject pronouns. Reads {@link Layer#SENTENCES}; writes {@link Layer#MENTIONS}. Uses the
 * gazetteer and each language's lexicons; thread-safe (holds no per-article state).
 */
public final class MentionStage implements Stage {
  private final Gazetteer gazetteer;
  private final Map<String, Lexicon> lexicons;
  private final Map<String, DateFinder> dates = new HashMap<>();
  private final Map<String, NameFinder> names = new HashMap<>();
  private final Map<String, OrgFinder> orgs = new HashMap<>();
  private final Map<String, Set<String>> placePreps = new HashMap<>();

  public MentionStage(Gazetteer gazetteer, Map<String, Lexicon> lexicons) {
    this.gazetteer = gazetteer;
    this.lexicons = lexicons;
    for (Lexicon l : lexicons.values()) {
      dates.put(l.lang(), new DateFinder(l));
      names.put(l.lang(), new NameFinder(l));
      orgs.put(l.lang(), new OrgFinder(l));
      placePreps.put(l.lang(), l.keys("place.prepositions"));
    }
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.MENTIONS);
  }

  @Override
  public void process(Document doc) {
    Lexicon lex = lexicons.get(doc.lang());
    LocalDate date = doc.article().date();
    List<Mention> out = new ArrayList<>();
    int body = doc.article().title() == null || doc.article().title().isBlank() ? 0 : doc.article().title().length() + 2;
    boolean first = true;
    for (Sentence s : doc.sentences()) {
      boolean[] taken = new boolean[s.size()];
      PhraseMatcher.Words words = PhraseMatcher.Words.of(s);
      int dateline = first && s.start() >= body ? Dateline.end(s) : 0;
      first &= s.start() < body;
      for (PhraseMatcher.Match<Gazetteer.NameEntry> m :
          gazetteer.names().findAll(s, (e, surface) -> e.accepts(surface))) {
        boolean filed = m.end() <= dateline; // "KUALA LUMPUR, Malaysia –": where the story was filed
        Mention mention = filed ? placeNamed(s, m) : resolve(s, m, doc.lang());
        if (mention != null) {
          out.addAll(filed ? List.of() : nested(s, words, m, mention, doc.lang()));
          out.add(mention);
          mark(taken, m.first(), m.end());
          Actor where = !filed && mention.kind() == MentionKind.NAME && afterLocative(s, m.first(), doc.lang())
              ? placeOf(mention.actor()) : null;
          if (where != null) {
            // "in Chile", "talks in Downing Street": the actor is named, and its territory or
            // building is where something happens
            out.add(Mention.actor(s.index(), m.first(), m.end(), MentionKind.NAME, where));
          }
        }
      }
      for (Mention d : dates.get(doc.lang()).find(s, date, taken)) {
        out.add(d);
        mark(taken, d.first(), d.end());
      }
      for (PhraseMatcher.Match<Lexicon.Title> m : lex.titles().findAll(s, null)) {
        if (free(taken, m.first(), m.end())) {
          Lexicon.Title t = m.values().get(0);
          int end = portfolioEnd(s, m.end(), taken, out, lex.keys("org.complement.prepositions"));
          out.add(Mention.title(s.index(), m.first(), end, t.role(), t.scope()));
          mark(taken, m.first(), end);
        }
      }
      orgs.get(doc.lang()).find(s, taken, out);
      names.get(doc.lang()).find(s, taken, out);
    }
    out.sort((a, b) -> a.sentence() != b.sentence()
        ? Integer.compare(a.sentence(), b.sentence()) : Integer.compare(a.first(), b.first()));
    doc.setMentions(out);
  }

  /**
   * Where a title ends when a portfolio follows it: "ministre mauritanien du Pétrole", "ministre de
   * la Défense", "Minister for Foreign Affairs". The portfolio is part of the office, not a name.
   */
  private static int portfolioEnd(Sentence s, int end, boolean[] taken, List<Mention> out, Set<String> complements) {
    int j = end;
    for (Mention d : out) {
      if (d.sentence() == s.index() && d.first() == j && d.kind() == MentionKind.DEMONYM) {
        j = d.end();
      }
    }
    int last = portfolioAt(s, j, taken, false);
    if (last < 0) {
      last = end; // the title may hold its first portfolio: "ministre de l'Économie et des Finances"
    }
    // "ministre du Pétrole et des Énergies", "Minister for Trade and for Industry": one office
    while (last + 1 < s.size() && "CCONJ".equals(s.token(last).pos())
        && complements.contains(s.token(last + 1).key())) {
      int more = portfolioAt(s, last + 1, taken, true);
      if (more < 0) {
        break;
      }
      last = more;
    }
    return last;
  }

  /** The end of a portfolio starting with the adposition at {@code j} ("du Pétrole"), or -1. */
  private static int portfolioAt(Sentence s, int j, boolean[] taken, boolean coordinated) {
    // after "et", "des" may be tagged a determiner: the complement word itself was checked
    if (j >= s.size() || !s.token(j).isAdposition() && !(coordinated && s.token(j).isDeterminer())) {
      return -1;
    }
    int k = j + 1;
    while (k < s.size() && s.token(k).isDeterminer()) {
      k++;
    }
    if (k >= s.size() || taken[k] || !Text.capitalised(s.token(k).text())) {
      return -1;
    }
    int last = k + 1;
    while (last < s.size() && !taken[last] && ("ADJ".equals(s.token(last).pos()) && !Text.capitalised(s.token(last).text())
        || Text.capitalised(s.token(last).text()) && !s.token(last).isProperNoun())) {
      last++;
    }
    return last;
  }

  /** Picks the entry a gazetteer match stands for; a capital is a place after a locative. */
  private Mention resolve(Sentence s, PhraseMatcher.Match<Gazetteer.NameEntry> m, String lang) {
    Gazetteer.Entry best = null;
    for (Gazetteer.NameEntry ne : m.values()) {
      Gazetteer.Entry e = ne.entry();
      if (best == null || rank(e) > rank(best)) {
        best = e;
      }
    }
    if (best == null) {
      return null;
    }
    Actor a = best.actor();
    if (best.metonymFor() != null && !afterLocative(s, m.first(), lang)) {
      a = best.metonymFor();
    }
    return Mention.actor(s.index(), m.first(), m.end(), best.kind(), a);
  }

  /**
   * A name in a dateline is a place, never an actor: a capital is the city, not its government;
   * a state is its territory. Null when it names no place.
   */
  private Mention placeNamed(Sentence s, PhraseMatcher.Match<Gazetteer.NameEntry> m) {
    for (Gazetteer.NameEntry ne : m.values()) {
      if (ne.entry().kind() != MentionKind.NAME) {
        continue;
      }
      Actor a = ne.entry().actor();
      Actor place = a.type() == org.irkg.doc.ActorType.PLACE ? a : placeOf(a);
      if (place != null) {
        return Mention.actor(s.index(), m.first(), m.end(), MentionKind.NAME, place);
      }
    }
    return null;
  }

  /**
   * Actors named inside a longer name: "Conseil de sécurité de l'ONU" names the UN too, "United
   * States Congress" the United States.
   */
  private List<Mention> nested(Sentence s, PhraseMatcher.Words words,
      PhraseMatcher.Match<Gazetteer.NameEntry> outer, Mention outerMention, String lang) {
    List<Mention> found = new ArrayList<>();
    if (outerMention.actor() == null || !outerMention.actor().type().isActor()
        || outerMention.actor().type() == org.irkg.doc.ActorType.STATE
        || outerMention.actor().type() == org.irkg.doc.ActorType.PERSON) {
      return found; // "People's Republic of China" does not name the Republic of China
    }
    for (int i = outer.first() + 1; i < outer.end(); i++) {
      PhraseMatcher.Match<Gazetteer.NameEntry> m = gazetteer.names().longestAt(s, words, i, (e, surface) -> e.accepts(surface));
      if (m == null || m.end() > outer.end()) {
        continue;
      }
      Mention inner = resolve(s, m, lang);
      if (inner != null && inner.kind() == MentionKind.NAME && inner.refersToActor()
          && !inner.actor().iri().equals(outerMention.actor().iri())) {
        found.add(inner);
        i = m.end() - 1;
      }
    }
    return found;
  }

  /** The place an actor named after a locative stands for: a state's territory, a body's seat. */
  private Actor placeOf(Actor a) {
    return switch (a.type()) {
      case STATE -> gazetteer.territory(a);
      case GOVERNMENT_BODY, INTERNATIONAL_ORGANIZATION, ALLIANCE -> new Actor(
          org.irkg.doc.Ids.place(a.iri().substring(a.iri().lastIndexOf('/') + 1)),
          org.irkg.doc.ActorType.PLACE, a.labels(), a.aliases(), null, null, a.state());
      default -> null;
    };
  }

  /** Actors before places, names before demonyms. */
  private static int rank(Gazetteer.Entry e) {
    int r = e.actor().type().isActor() ? 2 : 0;
    return r + (e.kind() == MentionKind.NAME ? 1 : 0);
  }

  private boolean afterLocative(Sentence s, int first, String lang) {
    int i = first - 1;
    while (i >= 0 && s.token(i).isDeterminer()) {
      i--;
    }
    return i >= 0 && placePreps.get(lang).contains(s.token(i).key());
  }

  static void mark(boolean[] taken, int first, int end) {
    for (int i = first; i < end; i++) {
      taken[i] = true;
    }
  }

  static boolean free(boolean[] taken, int first, int end) {
    for (int i = first; i < end; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }
}
