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
  private final StateBodies bodies;
  private final Governments governments;
  private final Map<String, org.irkg.lexicon.Lexicon> lexicons = new HashMap<>();

  public LinkStage(Gazetteer gazetteer) {
    this(gazetteer, Map.of());
  }

  /** With each language's government nouns ("gouvernement", "government"), read from its lexicon. */
  public LinkStage(Gazetteer gazetteer, Map<String, org.irkg.lexicon.Lexicon> lexicons) {
    this.gazetteer = gazetteer;
    this.bodies = new StateBodies(gazetteer);
    this.lexicons.putAll(lexicons);
    this.governments = new Governments(gazetteer, lexicons);
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
    mentions.addAll(governments.find(doc, mentions));
    mentions.addAll(bareHeads(doc, mentions));
    mentions.addAll(descriptions(doc, mentions));
    mentions.addAll(bodies.find(doc, lexicons.get(doc.lang()), mentions));
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
    Persons persons = new Persons(full);
    List<Mention> out = new ArrayList<>();
    Actor lastPerson = null;
    for (Mention m : mentions) {
      Mention linked = m;
      if (m.actor() != null && m.actor().type() == ActorType.PERSON) {
        Actor better = persons.longer(m.actor());
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

  /**
   * The persons named in full in one article, with their words folded once, and the answer of
   * {@link #longer} kept per name: an article that names thousands of people (a list, or hostile
   * input) would otherwise fold every full name again for every mention.
   */
  private static final class Persons {
    private final Map<String, Actor> full;
    private final Map<String, String[]> words = new HashMap<>();
    private final Map<String, Set<String>> aliases = new HashMap<>();
    private final Map<List<String>, java.util.Optional<Actor>> answers = new HashMap<>();

    Persons(Map<String, Actor> full) {
      this.full = full;
      for (Actor f : full.values()) {
        words.put(f.iri(), LinkStage.words(f));
        Set<String> keys = new java.util.HashSet<>();
        f.aliases().forEach(n -> keys.add(Text.key(n.text())));
        aliases.put(f.iri(), keys);
      }
    }

    /** The one person named in full in the article whose name ends with (or contains) this one. */
    Actor longer(Actor a) {
      List<String> key = java.util.Arrays.asList(a.iri(), a.label(""), a.wikidata());
      return answers.computeIfAbsent(key, k -> java.util.Optional.ofNullable(find(a))).orElse(null);
    }

    private Actor find(Actor a) {
      if (full.containsKey(a.iri())) {
        return full.get(a.iri());
      }
      String[] w = LinkStage.words(a);
      String k = Text.key(a.label(""));
      Actor found = null;
      for (Actor f : full.values()) {
        if (f.iri().equals(a.iri())) {
          continue;
        }
        if (contains(words.get(f.iri()), w) || aliases.get(f.iri()).contains(k)) {
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
    MentionsBySentence index = new MentionsBySentence(mentions);
    for (Sentence s : doc.sentences()) {
      for (int i = 1; i < s.size(); i++) {
        org.irkg.doc.Token t = s.token(i);
        if (!Text.capitalised(t.text()) || lex.orgHead(t.text()) == null || index.covered(s.index(), i)
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

  /**
   * "la secte islamiste", "le groupe djihadiste", "the country": after a definite or demonstrative
   * determiner, a description of the language's descriptions.tsv names the actor of its type named
   * last before it (in this sentence or the three before), unless a name follows ("le groupe de
   * Lima").
   */
  private List<Mention> descriptions(Document doc, List<Mention> mentions) {
    List<Mention> added = new ArrayList<>();
    org.irkg.lexicon.Lexicon lex = lexicons.get(doc.lang());
    if (lex == null || lex.descriptions().size() == 0) {
      return added;
    }
    Set<String> dets = new java.util.HashSet<>(lex.keys("definite.determiners"));
    dets.addAll(lex.keys("anaphoric.determiners"));
    dets.addAll(lex.keys("contracted.determiners"));
    dets.removeAll(lex.keys("possessive.determiners"));
    Set<String> plural = lex.keys("plural.determiners");
    MentionsBySentence index = new MentionsBySentence(mentions);
    for (Sentence s : doc.sentences()) {
      for (org.irkg.lexicon.PhraseMatcher.Match<org.irkg.lexicon.Lexicon.Description> d : lex.descriptions().findAll(s, null)) {
        int i = d.first();
        if (i == 0 || !dets.contains(s.token(i - 1).key()) || index.covered(s.index(), i)
            || d.end() < s.size() && (Text.capitalised(s.token(d.end()).text()) && !s.token(d.end()).isPunct()
                || d.end() + 1 < s.size() && s.token(d.end()).isAdposition()
                    && Text.capitalised(s.token(d.end() + 1).text()))) {
          continue;
        }
        ActorType type = d.values().get(0).type();
        List<String> namedWith = d.values().get(0).namedWith();
        boolean pluralNoun = s.token(d.end() - 1).key().endsWith("s") || s.token(d.end() - 1).key().endsWith("x");
        if (plural.contains(s.token(i - 1).key()) && !pluralNoun || plural.contains(s.token(i - 1).key())
            && type != ActorType.ARMED_GROUP) {
          continue; // "les pays membres": many, not the one named last
        }
        Actor found = null;
        for (Mention m : mentions) {
          boolean before = m.sentence() < s.index() && m.sentence() >= s.index() - 3
              || m.sentence() == s.index() && m.end() <= i - 1;
          if (before && m.actor() != null && m.kind() != MentionKind.PRONOUN && fits(m.actor().type(), type)
              && (namedWith.isEmpty() || namedWith.stream().anyMatch(w -> namedWith(m.actor(), Text.key(w))))) {
            found = m.actor();
          }
        }
        if (found != null) {
          added.add(Mention.actor(s.index(), i, d.end(), MentionKind.NAME, found));
        }
      }
    }
    return added;
  }

  private static boolean fits(ActorType actual, ActorType wanted) {
    return actual == wanted || wanted == ActorType.INTERNATIONAL_ORGANIZATION && actual == ActorType.ALLIANCE;
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
    MentionsBySentence index = new MentionsBySentence(mentions);
    for (Mention m : mentions) {
      if (m.actor() == null || !m.actor().type().isActor() || m.tentative()) {
        continue;
      }
      Sentence s = doc.sentences().get(m.sentence());
      int p = m.end();
      if (p + 2 < s.size() && s.token(p).text().equals("(") && s.token(p + 2).text().equals(")")
          && Text.acronym(s.token(p + 1).text()) && !index.covered(m.sentence(), p + 1)) {
        defined.putIfAbsent(s.token(p + 1).text(), m.actor());
      }
    }
    if (defined.isEmpty()) {
      return added;
    }
    for (Sentence s : doc.sentences()) {
      for (int i = 0; i < s.size(); i++) {
        Actor a = defined.get(s.token(i).text());
        if (a != null && !index.covered(s.index(), i)) {
          added.add(Mention.actor(s.index(), i, i + 1, MentionKind.NAME, a));
        }
      }
    }
    return added;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }
}
