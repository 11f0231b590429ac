package org.irkg.syntax;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irkg.doc.Chunk;
import org.irkg.doc.Chunk.Kind;
import org.irkg.doc.Frame;
import org.irkg.doc.Parse;
import org.irkg.doc.Phrase;
import org.irkg.doc.Sentence;
import org.irkg.doc.Text;
import org.irkg.lexicon.Lexicon;

/**
 * Reads who does what to whom from a sentence's chunks: groups coordinated noun phrases and their
 * "de"/"of" complements, cuts the sentence into clauses (at subordinators, hard punctuation, a
 * conjunction before a verb, and commas outside lists), then gives each verb group its subjects
 * (in its clause; through a relative pronoun to its antecedent; from the verb it depends on for an
 * infinitive; past insertions between commas to the subject waiting for it; from the verb before
 * for a coordinated verb), its objects, the phrases after its prepositions and its agents, and each
 * noun its possessor, complements and prepositional phrases. A pure function of the chunks.
 */
final class FrameBuilder {
  private final Set<String> genitives;
  private final Set<String> agentPreps;
  private final Set<String> infinitiveMarkers;
  private final Set<String> subjectRelatives;
  private final Set<String> passiveAux;
  private final Set<String> etreParticiples;
  private final Set<String> reflexives;
  private final Set<String> negations;
  private final Set<String> possessives;
  private final Set<String> supportVerbs;
  private final Set<String> objectControl;
  private final boolean english;

  FrameBuilder(Lexicon lex) {
    genitives = lex.keys("syntax.genitive.prepositions");
    agentPreps = lex.keys("agent.prepositions");
    infinitiveMarkers = lex.keys("syntax.infinitive.markers");
    subjectRelatives = lex.keys("subject.relative.pronouns");
    passiveAux = lex.keys("syntax.passive.auxiliaries");
    etreParticiples = lex.keys("syntax.etre.participles");
    reflexives = lex.keys("syntax.reflexives");
    negations = lex.keys("syntax.negations");
    possessives = lex.keys("possessive.determiners");
    supportVerbs = lex.supportVerbForms();
    objectControl = lex.verbForms("syntax.object.control.verbs");
    english = "last".equals(lex.setting("syntax.head"));
  }

  /** The frames of a sentence from its chunks; {@code dates} marks the tokens of its dates. */
  Parse build(Sentence s, List<Chunk> chunks, boolean[] dates) {
    Work w = new Work(s, chunks, dates);
    w.groups();
    w.segments();
    List<Frame> frames = new ArrayList<>();
    Map<Integer, Frame> verbFrames = new HashMap<>();
    for (int k = 0; k < chunks.size(); k++) {
      if (chunks.get(k).kind() == Kind.VERB) {
        Frame f = w.verbFrame(k, verbFrames);
        verbFrames.put(k, f);
        frames.add(f);
      }
    }
    for (ChunkLayout.Group g : w.groupList) {
      for (Phrase p : g.members()) {
        w.nounFrames(g, p, verbFrames, frames);
      }
    }
    frames.sort((a, b) -> Integer.compare(a.first(), b.first()));
    List<List<Phrase>> groups = new ArrayList<>();
    for (ChunkLayout.Group g : w.groupList) {
      groups.add(g.members());
    }
    return new Parse(s.index(), chunks, groups, frames);
  }

  /** The state of one sentence's analysis: its chunks and groups (ChunkLayout), and the frames read from them. */
  private final class Work extends ChunkLayout {
    Work(Sentence s, List<Chunk> chunks, boolean[] dates) {
      super(s, chunks, dates, genitives);
    }

    // ---- verbs ----

    Frame verbFrame(int k, Map<Integer, Frame> done) {
      Chunk v = c.get(k);
      boolean reflexive = false;
      boolean aux = false;
      boolean negated = false;
      boolean passiveAuxSeen = false;
      for (int t = v.first(); t < v.end(); t++) {
        String key = s.token(t).key();
        reflexive |= reflexives.contains(key) && "PRON".equals(s.token(t).pos());
        negated |= negations.contains(key);
        if ("AUX".equals(s.token(t).pos()) || t < v.head()) {
          aux |= "AUX".equals(s.token(t).pos());
          passiveAuxSeen |= passiveAux.contains(key) && t < v.head();
        }
      }
      String main = s.token(v.head()).key();
      boolean progressive = english ? main.endsWith("ing") : main.endsWith("ant");
      boolean passive = passiveAuxSeen && "VERB".equals(s.token(v.head()).pos()) && !reflexive
          && !etreParticiples.contains(main) && !progressive;
      boolean reduced = false;
      if (!aux && !progressive && kind(k + 1) == Kind.PREP && agentPreps.contains(key(k + 1))) {
        passive = true; // "Kiev, soutenu par Washington", "the operation led by France"
        reduced = true;
      }
      List<Phrase> subjects = reduced ? antecedent(k) : subjects(k, done);
      List<Phrase> objects = passive ? List.of() : objects(k + 1);
      if (afterQuote(k) && !objects.isEmpty()) {
        subjects = objects; // "« ... », précise le ministre", "..." said the minister
        objects = List.of();
      }
      List<Frame.Oblique> obliques = obliques(k + 1);
      List<Phrase> agents = new ArrayList<>();
      if (passive) {
        for (Frame.Oblique o : obliques) {
          if (agentPreps.contains(o.preposition())) {
            agents.add(o.phrase());
          }
        }
      }
      return new Frame(s.index(), v.head(), v.head() + 1, true, passive, negated, subjects, objects, obliques, agents);
    }

    /** A verb right after a closing quote and a comma: its subject follows it. */
    boolean afterQuote(int k) {
      int j = k - 1;
      while (j >= 0 && kind(j) == Kind.OTHER) {
        j--;
      }
      if (!comma(j) || j < 1 || kind(j - 1) != Kind.PUNCT) {
        return false;
      }
      String q = s.token(c.get(j - 1).first()).text();
      return q.equals("»") || q.equals("”") || q.equals("\"") || q.equals("''");
    }

    /** The group just before chunk k (past a comma): what a participle or a relative pronoun is about. */
    List<Phrase> antecedent(int k) {
      int j = k - 1;
      if (comma(j)) {
        j--;
      }
      if (j >= 0 && groupOf[j] >= 0) {
        Group g = groupList.get(groupOf[j]);
        return g.members();
      }
      return List.of();
    }

    /** Only adverbs ("about") between verb j and the infinitive marker ("to") just before verb k. */
    private boolean infinitiveAfter(int j, int k) {
      if (kind(k - 1) != Kind.OTHER || !infinitiveMarkers.contains(key(k - 1))) {
        return false;
      }
      for (int i = j + 1; i < k - 1; i++) {
        if (kind(i) != Kind.OTHER) {
          return false;
        }
      }
      return true;
    }

    List<Phrase> subjects(int k, Map<Integer, Frame> done) {
      int start = segStart(k);
      for (int j = k - 1; j >= start; j--) {
        Kind kd = kind(j);
        if (kd == Kind.OTHER || kd == Kind.PUNCT) {
          continue;
        }
        if (groupOf[j] >= 0) {
          Group g = groupList.get(groupOf[j]);
          if (dated(g.members().get(0))) {
            j = g.first(); // "Le 17 septembre, une frappe tue ...": a date is no subject
            continue;
          }
          if (kind(g.first() - 1) == Kind.PREP && g.first() - 1 >= start) {
            j = g.first() - 1; // an oblique ("En 2009, ...", "selon X"): not the subject
            continue;
          }
          if (kind(g.first() - 1) == Kind.PREP) {
            continue;
          }
          List<Phrase> head = appositionHead(g, start);
          return head != null ? head : g.members();
        }
        if (kd == Kind.PRON) {
          return List.of(Phrase.of(c.get(j)));
        }
        if (kd == Kind.SUB) {
          return subjectRelatives.contains(key(j)) ? antecedent(j) : List.of();
        }
        if (kd == Kind.PREP) {
          if (infinitiveMarkers.contains(key(j)) && j == k - 1 && kind(j - 1) == Kind.VERB && done.containsKey(j - 1)) {
            return done.get(j - 1).subjects(); // "a permis de repousser": the subject of "permis"
          }
          if (infinitiveMarkers.contains(key(j)) && j == k - 1 && j >= 1 && groupOf[j - 1] >= 0) {
            // "a accusé les États-Unis de vouloir", "a appelé Moscou à cesser": the object of a
            // verb of object control does what the infinitive says
            Group g = groupList.get(groupOf[j - 1]);
            int v = g.first() - 1;
            while (v >= 0 && kind(v) == Kind.OTHER) {
              v--;
            }
            if (kind(v) == Kind.VERB && done.containsKey(v) && objectControl.contains(s.token(c.get(v).head()).key())) {
              return g.members();
            }
            if (kind(v) == Kind.VERB && done.containsKey(v) && passiveAux.contains(s.token(c.get(v).head()).key())) {
              return done.get(v).subjects(); // "X a été le premier à rompre": X
            }
          }
          continue;
        }
        if (kd == Kind.VERB) {
          if (j < k - 1 && done.containsKey(j) && !finite(j, done) && done.get(j).passive()) {
            continue; // "La coalition menée par les États-Unis a frappé": a participle modifies the subject
          }
          if (j < k - 1 && done.containsKey(j) && infinitiveAfter(j, k)) {
            return done.get(j).subjects(); // "Arnor is about to restore", "X agreed to resume": the subject of the verb before
          }
          // "pourraient faire": the verb it depends on
          return j == k - 1 && done.containsKey(j) ? done.get(j).subjects() : List.of();
        }
        if (kd == Kind.CONJ || kd == Kind.POSS) {
          break;
        }
      }
      if (kind(start) == Kind.SUB) {
        return List.of();
      }
      // nothing in its own clause: "X, qui a lancé ..., une insurrection ..., a subi": the
      // antecedent of a relative clause that runs up to this verb
      for (int sg = segment[k] - 1; sg >= 0; sg--) {
        int a = segs.get(sg)[0];
        if (kind(a) == Kind.SUB && subjectRelatives.contains(key(a))) {
          boolean otherVerb = false;
          for (int x = segs.get(sg)[1]; x < segStart(k); x++) {
            otherVerb |= kind(x) == Kind.VERB && finite(x, done);
          }
          List<Phrase> ante = antecedent(a);
          if (!otherVerb && !ante.isEmpty()) {
            return ante;
          }
          break;
        }
      }
      // else the clause before (a coordinated verb, or a subject waiting past insertions
      // between commas)
      for (int sg = segment[k] - 1; sg >= 0; sg--) {
        int a = segs.get(sg)[0];
        int b = segs.get(sg)[1];
        if (kind(a) == Kind.SUB || kind(a) == Kind.PREP || kind(a) == Kind.VERB && !finite(a, done)) {
          continue; // a subordinate clause, a phrase after a preposition, a participle: insertions
        }
        Frame last = null;
        for (int x = a; x < b; x++) {
          if (kind(x) == Kind.VERB && done.containsKey(x) && finite(x, done)) {
            last = done.get(x);
          }
        }
        if (last != null) {
          return last.subjects();
        }
        for (int x = a; x < b; x++) {
          if (groupOf[x] >= 0 && kind(groupList.get(groupOf[x]).first() - 1) != Kind.PREP) {
            List<Phrase> head = appositionHead(groupList.get(groupOf[x]), a);
            return head != null ? head : groupList.get(groupOf[x]).members();
          }
        }
      }
      return List.of();
    }

    /**
     * "Hu Jintao, the President of China, had lunch": when a subject opens its clause right after
     * a clause that is one phrase alone, that phrase is the subject and this one its apposition.
     */
    List<Phrase> appositionHead(Group g, int start) {
      if (g.first() != start || segment[start] <= 0) {
        return null;
      }
      int[] prev = segs.get(segment[start] - 1);
      int a = prev[0];
      while (a < prev[1] && kind(a) == Kind.OTHER) {
        a++;
      }
      if (a >= prev[1] || groupOf[a] < 0 || kind(a - 1) == Kind.PREP) {
        return null;
      }
      Group h = groupList.get(groupOf[a]);
      boolean named = false;
      for (int t = h.first() < c.size() ? c.get(h.first()).first() : 0; t < h.members().get(0).end(); t++) {
        named |= s.token(t).isProperNoun();
      }
      // the first names someone ("Donald Trump"), the second says who they are ("le président")
      return named && h.first() == a && h.end() >= prev[1] - 1 ? h.members() : null;
    }

    /** A verb group with an auxiliary, or a main verb that is neither a participle nor an infinitive. */
    boolean finite(int k, Map<Integer, Frame> done) {
      Chunk v = c.get(k);
      for (int t = v.first(); t < v.end(); t++) {
        if ("AUX".equals(s.token(t).pos())) {
          return true;
        }
      }
      String main = s.token(v.head()).key();
      String raw = s.token(v.head()).text().toLowerCase(java.util.Locale.ROOT);
      if (english) {
        return !main.endsWith("ing") && !(kind(k - 1) == Kind.OTHER && infinitiveMarkers.contains(key(k - 1)));
      }
      // French: a present participle, an infinitive or a past participle without auxiliary is
      // not finite ("-ant", "-er/-ir/-oir", "-é(e)(s)"); the tagger gives no verb form
      return !main.endsWith("ant") && !main.matches(".*(er|ir|oir)$") && !raw.matches(".*(é|ée|és|ées)$");
    }

    List<Phrase> objects(int j) {
      while (kind(j) == Kind.OTHER) {
        j++;
      }
      // past a date: "a condamné mardi la Corée du Nord", "met on Monday the ..."
      if (j < c.size() && kind(j) == Kind.NP && groupOf[j] >= 0 && groupList.get(groupOf[j]).first() == j
          && dated(groupList.get(groupOf[j]).members().get(0))) {
        int after = groupList.get(groupOf[j]).end();
        while (kind(after) == Kind.OTHER) {
          after++;
        }
        if (after < c.size() && kind(after) == Kind.NP && groupOf[after] >= 0 && groupList.get(groupOf[after]).first() == after) {
          j = after;
        }
      }
      // past one adverbial phrase: "a frappé pour la première fois les forces du régime",
      // "affronte depuis près de deux ans l'État islamique"
      int p = j;
      while (kind(p) == Kind.PREP && kind(p + 1) == Kind.PREP) {
        p++; // "depuis près de deux ans"
      }
      if (kind(j) == Kind.PREP && p + 1 < c.size() && groupOf[p + 1] >= 0 && !genitives.contains(key(j))) {
        int after = groupList.get(groupOf[p + 1]).end();
        while (kind(after) == Kind.OTHER) {
          after++;
        }
        if (after < c.size() && groupOf[after] >= 0 && groupList.get(groupOf[after]).first() == after
            && kind(after) == Kind.NP && !dated(groupList.get(groupOf[after]).members().get(0))) {
          j = after;
        }
      }
      if (j < c.size() && groupOf[j] >= 0 && groupList.get(groupOf[j]).first() == j) {
        return groupList.get(groupOf[j]).members();
      }
      if (kind(j) == Kind.PRON) {
        return List.of(Phrase.of(c.get(j)));
      }
      return List.of();
    }

    /** The phrases after prepositions from chunk j to the end of its clause or the next verb. */
    List<Frame.Oblique> obliques(int j) {
      List<Frame.Oblique> out = new ArrayList<>();
      if (j >= c.size()) {
        return out;
      }
      int end = segEnd(Math.min(j, c.size() - 1));
      while (j < end) {
        if (kind(j) == Kind.VERB) {
          break;
        }
        if (groupOf[j] >= 0 && kind(j) == Kind.NP) {
          j = Math.max(groupList.get(groupOf[j]).end(), j + 1); // a phrase and its complements
          continue;
        }
        if (kind(j) == Kind.PREP && j + 1 < c.size() && groupOf[j + 1] >= 0) {
          Group g = groupList.get(groupOf[j + 1]);
          for (Phrase p : g.members()) {
            out.add(new Frame.Oblique(key(j), p));
          }
          j = Math.max(g.end(), j + 1);
          continue;
        }
        j++;
      }
      return out;
    }

    // ---- nouns ----

    void nounFrames(Group g, Phrase p, Map<Integer, Frame> verbs, List<Frame> out) {
      if ("NOUN".equals(s.token(p.head()).pos())) {
        List<Phrase> subjects = new ArrayList<>();
        int gk = chunkIndex(g.members().get(0).first());
        if (kind(gk - 1) == Kind.POSS && gk - 2 >= 0 && groupOf[gk - 2] >= 0) {
          subjects.addAll(groupList.get(groupOf[gk - 2]).members()); // "Russia's threats"
        } else if (possessives.contains(s.token(p.first()).key())) {
          Frame support = supportVerb(g, verbs);
          if (support != null && !support.subjects().isEmpty()) {
            subjects.addAll(support.subjects()); // "X et Y ont promis leur soutien": the possessor is the subject
          } else {
            subjects.add(new Phrase(p.first(), p.first() + 1, p.first(), List.of())); // "ses menaces"
          }
        } else {
          Frame support = supportVerb(g, verbs);
          if (support != null) {
            subjects.addAll(support.subjects()); // "X a imposé des sanctions à Y"
          }
        }
        List<Frame.Oblique> obliques = obliques(g.end());
        List<Phrase> agents = new ArrayList<>();
        boolean underPassive = passiveBefore(g, verbs); // "outspent in aid to China by France": the verb's agent
        for (Frame.Oblique o : obliques) {
          if (agentPreps.contains(o.preposition()) && !underPassive) {
            agents.add(o.phrase());
          }
        }
        out.add(new Frame(s.index(), p.head(), p.head() + 1, false, false, false, subjects, p.complements(),
            obliques, agents));
      }
      for (Phrase comp : p.complements()) {
        nounFrames(g, comp, verbs, out);
      }
    }

    /** Whether the group is the object or prepositional phrase of a passive verb just before it. */
    boolean passiveBefore(Group g, Map<Integer, Frame> verbs) {
      int j = g.first() - 1;
      if (kind(j) == Kind.PREP) {
        j--;
      }
      while (j >= 0 && kind(j) == Kind.OTHER) {
        j--;
      }
      return kind(j) == Kind.VERB && verbs.containsKey(j) && verbs.get(j).passive();
    }

    int chunkIndex(int token) {
      for (int k = 0; k < c.size(); k++) {
        if (c.get(k).first() == token) {
          return k;
        }
      }
      return -1;
    }

    /** The verb whose object (or prepositional phrase) the group is, when it is a support verb. */
    Frame supportVerb(Group g, Map<Integer, Frame> verbs) {
      int j = g.first() - 1;
      while (j >= 0 && kind(j) == Kind.OTHER) {
        j--;
      }
      if (kind(j) == Kind.VERB && verbs.containsKey(j) && !verbs.get(j).passive()
          && supportVerbs.contains(s.token(c.get(j).head()).key())) {
        return verbs.get(j);
      }
      return null;
    }
  }
}
