package org.irkg.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irkg.doc.Actor;
import org.irkg.doc.ActorType;
import org.irkg.doc.Document;
import org.irkg.doc.Layer;
import org.irkg.doc.Mention;
import org.irkg.doc.MentionKind;
import org.irkg.doc.Sentence;
import org.irkg.doc.Text;
import org.irkg.lexicon.Gazetteer;
import org.irkg.pipeline.Stage;

/**
 * Gives each mention one actor across the article: "Kerry" and "M. Kerry" join "John Kerry" when
 * the article names him in full; "Lula da Silva" joins "Luiz Inácio Lula da Silva"; an acronym
 * introduced in parentheses ("l'organisation État islamique (EI)") names the same actor later;
 * a subject pronoun takes the last person named before it. Tentative names that match nothing
 * are dropped. Across articles, actors are keyed on gazetteer ids or on the full name, so two
 * people who share a surname are never merged. Reads {@link Layer#MENTIONS}, writes {@link
 * Layer#LINKS}.
 */
public final class LinkStage implements Stage {
  private final Gazetteer gazetteer;
  private final Map<String, Set<String>> governmentNouns = new HashMap<>();
  private final Map<String, org.irkg.lexicon.Lexicon> lexicons = new HashMap<>();

  public LinkStage(Gazetteer gazetteer) {
    this(gazetteer, Map.of());
  }

  /** With each language's government nouns ("gouvernement", "government"), read from its lexicon. */
  public LinkStage(Gazetteer gazetteer, Map<String, org.irkg.lexicon.Lexicon> lexicons) {
    this.gazetteer = gazetteer;
    this.lexicons.putAll(lexicons);
    lexicons.forEach((lang, lex) -> {
      Set<String> nouns = new java.util.HashSet<>();
      for (String w : String.valueOf(lex.setting("government.nouns")).split(",")) {
        if (!w.isBlank()) {
          nouns.add(Text.key(w));
        }
      }
      governmentNouns.put(lang, nouns);
    });
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES, Layer.MENTIONS);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.LINKS);
  }

  @Override
  public void process(Document doc) {
    List<Mention> mentions = new ArrayList<>();
    for (Mention m : doc.mentions()) {
      Actor g = m.actor() == null ? null : gazetteer.byIri(m.actor().iri());
      mentions.add(g != null && g != m.actor() && !m.tentative() ? m.withActor(g) : m);
    }
    mentions.addAll(acronyms(doc, mentions));
    mentions.addAll(governments(doc, mentions));
    mentions.addAll(bareHeads(doc, mentions));
    mentions.sort((a, b) -> a.sentence() != b.sentence()
        ? Integer.compare(a.sentence(), b.sentence()) : Integer.compare(a.first(), b.first()));

    // the persons named with more than one word, by their IRI
    Map<String, Actor> full = new LinkedHashMap<>();
    for (Mention m : mentions) {
      if (!m.tentative() && m.actor() != null && m.actor().type() == ActorType.PERSON
          && words(m.actor()).length >= 2) {
        full.putIfAbsent(m.actor().iri(), m.actor());
      }
    }
    List<Mention> out = new ArrayList<>();
    Actor lastPerson = null;
    for (Mention m : mentions) {
      Mention linked = m;
      if (m.actor() != null && m.actor().type() == ActorType.PERSON) {
        Actor better = longer(m.actor(), full);
        if (better != null) {
          linked = m.withActor(better);
        } else if (m.tentative()) {
          linked = null;
        }
      } else if (m.tentative()) {
        linked = null;
      }
      if (m.kind() == MentionKind.PRONOUN) {
        linked = "person".equals(m.scope()) && lastPerson != null ? m.withActor(lastPerson) : null;
      }
      if (linked != null) {
        out.add(linked);
        if (linked.actor() != null && linked.actor().type() == ActorType.PERSON
            && linked.kind() != MentionKind.PRONOUN) {
          lastPerson = linked.actor();
        }
      }
    }
    doc.setLinks(out);
  }

  /** The one person named in full in the article whose name ends with (or contains) this one. */
  private Actor longer(Actor a, Map<String, Actor> full) {
    String[] w = words(a);
    if (full.containsKey(a.iri())) {
      return full.get(a.iri());
    }
    Actor found = null;
    for (Actor f : full.values()) {
      if (f.iri().equals(a.iri())) {
        continue;
      }
      if (contains(words(f), w) || aliasOf(f, a)) {
        if (found != null && !found.iri().equals(f.iri())) {
          return null; // two people share that name: do not guess
        }
        found = f;
      }
    }
    if (found == null && a.wikidata() != null) {
      return a; // a gazetteer person named by a short alias stays themselves
    }
    return found;
  }

  private static boolean aliasOf(Actor f, Actor a) {
    String k = Text.key(a.label(""));
    return f.aliases().stream().anyMatch(n -> Text.key(n.text()).equals(k));
  }

  /** Whether the words of {@code part} stand, in order and contiguous, in {@code whole}. */
  private static boolean contains(String[] whole, String[] part) {
    if (part.length == 0 || part.length >= whole.length) {
      return false;
    }
    outer:
    for (int i = 0; i + part.length <= whole.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (!whole[i + j].equals(part[j])) {
          continue outer;
        }
      }
      // a lone word must be the surname or a first word, not a particle
      return part.length > 1 || part[0].length() > 2;
    }
    return false;
  }

  private static String[] words(Actor a) {
    return Text.words(a.label(""));
  }

  /**
   * "le gouvernement malien", "ce nouveau gouvernement": a government noun names the state given
   * with it (a demonym, "de X" or a capital just after), else the state named last, in this sentence
   * or the three before.
   */
  private List<Mention> governments(Document doc, List<Mention> mentions) {
    Set<String> nouns = governmentNouns.getOrDefault(doc.lang(), Set.of());
    List<Mention> added = new ArrayList<>();
    if (nouns.isEmpty()) {
      return added;
    }
    for (Sentence s : doc.sentences()) {
      for (int i = 0; i < s.size(); i++) {
        if (!nouns.contains(s.token(i).key()) || covered(mentions, s.index(), i)) {
          continue;
        }
        Actor state = null;
        for (Mention m : mentions) {
          boolean near = m.sentence() == s.index() && m.first() > i && m.first() - i <= 3;
          Actor a = m.actor() == null ? null : m.actor().type() == ActorType.PLACE ? gazetteer.metonymOf(m.actor()) : m.actor();
          if (near && a != null && a.type() == ActorType.STATE) {
            state = a; // "le gouvernement malien", "the military government in Yangon"
            break;
          }
        }
        if (state == null) {
          for (Mention m : mentions) {
            boolean before = m.sentence() < s.index() && m.sentence() >= s.index() - 3
                || m.sentence() == s.index() && m.end() <= i;
            if (before && m.actor() != null && m.actor().type() == ActorType.STATE) {
              state = m.actor();
            }
          }
        }
        if (state != null) {
          added.add(Mention.actor(s.index(), i, i + 1, MentionKind.NAME, state));
        }
      }
    }
    return added;
  }

  /**
   * "l'Alliance", "le Conseil", "the Commission": a capitalised organisation head alone names the
   * organisation named last whose name holds that word ("l'Alliance atlantique", "le Conseil de
   * sécurité").
   */
  private List<Mention> bareHeads(Document doc, List<Mention> mentions) {
    List<Mention> added = new ArrayList<>();
    org.irkg.lexicon.Lexicon lex = lexicons.get(doc.lang());
    if (lex == null) {
      return added;
    }
    for (Sentence s : doc.sentences()) {
      for (int i = 1; i < s.size(); i++) {
        org.irkg.doc.Token t = s.token(i);
        if (!Text.capitalised(t.text()) || lex.orgHead(t.text()) == null || covered(mentions, s.index(), i)
            || i + 1 < s.size() && Text.capitalised(s.token(i + 1).text())) {
          continue;
        }
        Actor found = null;
        for (Mention m : mentions) {
          boolean before = m.sentence() < s.index() || m.sentence() == s.index() && m.end() <= i;
          if (before && m.actor() != null && m.actor().type().isActor() && m.actor().type() != ActorType.PERSON
              && m.actor().type() != ActorType.STATE && namedWith(m.actor(), t.key())) {
            found = m.actor();
          }
        }
        if (found != null) {
          added.add(Mention.actor(s.index(), i, i + 1, MentionKind.NAME, found));
        }
      }
    }
    return added;
  }

  private static boolean namedWith(Actor a, String word) {
    List<String> names = new ArrayList<>(a.labels().values());
    a.aliases().forEach(n -> names.add(n.text()));
    for (String n : names) {
      for (String w : Text.words(n)) {
        if (w.equals(word)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Acronyms defined in parentheses after a name, and their later uses in the article. */
  private List<Mention> acronyms(Document doc, List<Mention> mentions) {
    Map<String, Actor> defined = new HashMap<>();
    List<Mention> added = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.actor() == null || !m.actor().type().isActor() || m.tentative()) {
        continue;
      }
      Sentence s = doc.sentences().get(m.sentence());
      int p = m.end();
      if (p + 2 < s.size() && s.token(p).text().equals("(") && s.token(p + 2).text().equals(")")
          && Text.acronym(s.token(p + 1).text()) && !covered(mentions, m.sentence(), p + 1)) {
        defined.putIfAbsent(s.token(p + 1).text(), m.actor());
      }
    }
    if (defined.isEmpty()) {
      return added;
    }
    for (Sentence s : doc.sentences()) {
      for (int i = 0; i < s.size(); i++) {
        Actor a = defined.get(s.token(i).text());
        if (a != null && !covered(mentions, s.index(), i)) {
          added.add(Mention.actor(s.index(), i, i + 1, MentionKind.NAME, a));
        }
      }
    }
    return added;
  }

  private static boolean covered(List<Mention> mentions, int sentence, int token) {
    for (Mention m : mentions) {
      if (m.sentence() == sentence && m.first() <= token && token < m.end() && !m.tentative()) {
        return true;
      }
    }
    return false;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }
}
