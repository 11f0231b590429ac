package org.irkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irkg.doc.Actor;
import org.irkg.doc.Chunk;
import org.irkg.doc.Document;
import org.irkg.doc.Evidence;
import org.irkg.doc.Fact;
import org.irkg.doc.Frame;
import org.irkg.doc.Mention;
import org.irkg.doc.Parse;
import org.irkg.doc.Phrase;
import org.irkg.doc.Sentence;
import org.irkg.lexicon.Gazetteer;
import org.irkg.lexicon.Lexicon;
import org.irkg.lexicon.PhraseMatcher;

/**
 * Memberships read from the sentence's structure (the syntax layer), for the forms news use
 * beyond "X est membre de Y": the subject of a copula ("la Birmanie n'étant pas membre du
 * tribunal"), an apposition ("Les gouvernements britannique, australien et danois, membres de la
 * coalition"), a list after the noun ("the bloc's members, A, B and C", "les pays membres :
 * ..."), the subject of a verb of joining ("X a rejoint l'OTAN"; under a verb of wishing, "veut
 * rejoindre", a candidacy), a nominalised candidacy ("l'intégration de l'Ukraine à l'OTAN",
 * "Turkey's accession to the EU": explicitly not a member yet), and the leader of a coalition
 * ("la coalition menée par les États-Unis", "the US-led coalition"). The cue words are
 * membership-cues.tsv; what opens a list and what leads are settings.
 */
final class MembershipFrames implements FactRule {
  /**
   * Nouns that name members only with an organisation in their phrase: "EU countries Hungary and
   * Poland", "les pays de l'UE comme la Hongrie", "NATO allies such as Germany", "its EU partners".
   */
  private static final Set<String> GROUP_NOUNS = Set.of("count", "ally", "partner");
  /**
   * Nominalised cues and the polarity they give: a candidacy is not membership yet, a leaving under
   * way ("la sortie du Royaume-Uni de l'UE") is still membership, an exclusion ends it.
   */
  private static final Map<String, Boolean> NOMINAL = Map.of("candidate", false, "leaving", true, "leave", false);

  @Override
  public List<Fact> extract(Document doc, Lexicon lex, Gazetteer g) {
    Map<String, Fact.Membership> found = new LinkedHashMap<>();
    Set<String> copulas = lex.keys("member.copulas");
    Set<String> listOpeners = lex.keys("member.list.openers");
    Set<String> wishes = lex.keys("member.wish.verbs");
    Set<String> leads = lex.keys("member.lead.verbs");
    Set<String> possessives = lex.keys("possessive.determiners");
    Set<String> composition = lex.keys("member.composition.verbs");
    for (Sentence s : doc.sentences()) {
      Parse parse = doc.parse(s.index());
      List<Mention> ms = doc.linksIn(s.index());
      EventArgs args = new EventArgs(doc, s, ms, lex, g);
      for (PhraseMatcher.Match<String> cue : lex.membershipCues().findAll(s, null)) {
        String kind = cue.values().get(0);
        Chunk chunk = parse.chunkAt(cue.first());
        if (chunk == null) {
          continue;
        }
        String rule = "membership-" + doc.lang() + "-frame-" + kind;
        if (chunk.kind() == Chunk.Kind.NP && (kind.equals("member") || GROUP_NOUNS.contains(kind))) {
          memberNoun(doc, s, parse, cue, chunk, kind, args, copulas, listOpeners, possessives, rule, found);
        } else if (chunk.kind() == Chunk.Kind.VERB && kind.equals("join")) {
          Frame f = parse.frameAt(chunk.head());
          if (f == null || f.negated()) {
            continue;
          }
          List<Actor> orgs = orgs(args, f.objects());
          for (Frame.Oblique o : f.obliques()) {
            orgs.addAll(orgs(args, List.of(o.phrase())));
          }
          boolean wished = wishedBy(parse, chunk, s, wishes);
          for (Phrase p : f.subjects()) {
            for (Actor m : args.of(p)) {
              for (Actor o : orgs) {
                add(found, m, o, !wished, Evidence.of(s, rule + (wished ? "-wished" : ""), 0.7));
              }
            }
          }
        } else if (chunk.kind() == Chunk.Kind.NP && NOMINAL.containsKey(kind)) {
          Frame f = nounFrame(parse, cue);
          if (f == null) {
            continue;
          }
          // "l'intégration de l'Ukraine à l'OTAN", "Turkey's accession to the EU"
          List<Actor> who = new ArrayList<>();
          List<Actor> orgs = new ArrayList<>();
          f.subjects().forEach(p -> who.addAll(args.of(p)));
          for (Phrase p : f.objects()) {
            for (Actor a : args.of(p)) {
              (a.type().isOrganization() ? orgs : who).add(a);
            }
            for (Phrase c : p.complements()) { // "la sortie du Royaume-Uni de l'UE"
              orgs.addAll(orgs(args, List.of(c)));
            }
          }
          for (Frame.Oblique o : f.obliques()) {
            orgs.addAll(orgs(args, List.of(o.phrase())));
          }
          for (Actor m : who) {
            for (Actor o : orgs) {
              add(found, m, o, NOMINAL.get(kind), Evidence.of(s, rule, 0.6));
            }
          }
        }
      }
      led(doc, s, parse, ms, args, leads, found);
      composed(doc, s, parse, args, composition, found);
    }
    return new ArrayList<>(found.values());
  }

  private static void memberNoun(Document doc, Sentence s, Parse parse, PhraseMatcher.Match<String> cue, Chunk chunk,
      String kind, EventArgs args, Set<String> copulas, Set<String> listOpeners, Set<String> possessives,
      String rule, Map<String, Fact.Membership> found) {
    Frame f = nounFrame(parse, cue);
    List<Actor> orgs = new ArrayList<>();
    boolean groupNoun = GROUP_NOUNS.contains(kind);
    boolean non = false;
    for (Mention m : doc.linksIn(s.index())) {
      boolean inChunk = m.first() >= chunk.first() && m.end() <= chunk.end();
      // a group noun takes its organisation before it ("EU countries"), never a name after it
      if (m.refersToActor() && m.actor().type().isOrganization() && inChunk && (!groupNoun || m.end() <= cue.first())) {
        orgs.add(m.actor()); // "NATO members", "les pays membres de l'UE" (a name in the phrase)
        non |= Sentences.nonBefore(s, m.first());
      }
    }
    if (f != null) {
      orgs.addAll(orgs(args, f.objects()));
    }
    if (orgs.isEmpty()) {
      return;
    }
    if (groupNoun) {
      groupMembers(doc, s, parse, cue, chunk, args, orgs, possessives, rule, found);
    }
    Phrase self = phraseWithHead(parse, f == null ? chunk.head() : f.first());
    List<Phrase> group = groupOf(parse, self);
    List<Actor> members = new ArrayList<>();
    boolean negated = false;
    // the subject of a copula: "la Birmanie n'étant pas membre", "Greece is a member"
    for (Frame v : parse.frames()) {
      if (v.verbal() && group != null && v.objects().stream().anyMatch(group::contains)
          && copulas.contains(s.token(v.first()).key())) {
        v.subjects().forEach(p -> members.addAll(args.of(p)));
        negated = v.negated();
      }
    }
    if (members.isEmpty() && group != null) {
      // an apposition: "Les gouvernements britannique, australien et danois, membres de la coalition"
      Chunk before = parse.chunkBefore(group.get(0).first());
      int end = group.get(group.size() - 1).lastEnd();
      // a group noun is an apposition only between commas: "A et B, pays de l'UE, ont ..."
      boolean closed = !groupNoun || end < s.size() && s.token(end).text().equals(",");
      if (closed && before != null && before.kind() == Chunk.Kind.PUNCT && s.token(before.first()).text().equals(",")) {
        Chunk prev = parse.chunkBefore(before.first());
        if (prev != null) {
          for (List<Phrase> g : parse.groups()) {
            if (g.get(g.size() - 1).lastEnd() == prev.end()) {
              g.forEach(p -> members.addAll(args.of(p)));
            }
          }
        }
      }
      // a list after the noun: "the bloc's members, A, B and C", "les pays membres : A, B"
      int after = group.get(group.size() - 1).lastEnd();
      int k = after;
      while (k < s.size() && (s.token(k).text().equals(",") || s.token(k).text().equals(":")
          || listOpeners.contains(s.token(k).key()))) {
        k++;
      }
      if (k > after && k < s.size()) {
        List<Phrase> list = parse.groupStartingAt(k);
        if (list != null && list.size() >= 2) {
          list.forEach(p -> members.addAll(args.of(p)));
        }
      }
    }
    if (groupNoun) {
      members.removeIf(m -> m.type() == org.irkg.doc.ActorType.PERSON); // "pays", "partners" name states
    }
    for (Actor m : members) {
      for (Actor o : orgs) {
        add(found, m, o, !negated && !non, Evidence.of(s, rule, 0.75));
      }
    }
  }

  /**
   * The members a group noun names beside it: names after the noun in its own phrase and the
   * phrases coordinated with it ("EU countries Hungary and Poland"), or the one whose partners or
   * allies they are ("Germany and its EU partners", "Germany's EU partners").
   */
  private static void groupMembers(Document doc, Sentence s, Parse parse, PhraseMatcher.Match<String> cue, Chunk chunk,
      EventArgs args, List<Actor> orgs, Set<String> possessives, String rule, Map<String, Fact.Membership> found) {
    List<Actor> members = new ArrayList<>();
    boolean inside = false;
    for (Mention m : doc.linksIn(s.index())) {
      if (m.refersToActor() && m.first() >= cue.end() && m.end() <= chunk.end() && Sentences.isState(m)) {
        members.add(m.actor());
        inside = true;
      }
    }
    List<Phrase> group = groupOf(parse, phraseWithHead(parse, chunk.head()));
    if (inside && group != null) {
      for (Phrase p : group) {
        if (p.first() >= chunk.end()) {
          members.addAll(args.of(p));
        }
      }
    }
    Chunk before = parse.chunkBefore(chunk.first());
    if (before != null && (possessives.contains(s.token(before.first()).key()) || before.kind() == Chunk.Kind.POSS)) {
      Chunk owner = parse.chunkBefore(before.first());
      if (owner != null && before.kind() != Chunk.Kind.POSS && owner.kind() == Chunk.Kind.CONJ) {
        owner = parse.chunkBefore(owner.first()); // "Germany and its EU partners"
      }
      if (owner != null) {
        for (Mention m : doc.linksIn(s.index())) {
          if (m.refersToActor() && Sentences.isState(m) && m.first() >= owner.first() && m.end() <= owner.end()) {
            members.add(m.actor());
          }
        }
      }
    }
    for (Actor m : members) {
      for (Actor o : orgs) {
        add(found, m, o, true, Evidence.of(s, rule + "-group", 0.65));
      }
    }
  }

  /**
   * "The alliance includes Albania and Croatia", "l'OTAN compte 30 membres, dont ...", "le bloc
   * regroupe le Brésil et l'Argentine": an organisation's verb of composition names members.
   */
  private static void composed(Document doc, Sentence s, Parse parse, EventArgs args, Set<String> composition,
      Map<String, Fact.Membership> found) {
    for (Frame f : parse.frames()) {
      if (!f.verbal() || f.passive() || f.negated() || !composition.contains(s.token(f.first()).key())) {
        continue;
      }
      List<Actor> orgs = orgs(args, f.subjects());
      for (Phrase o : f.objects()) {
        for (Actor m : args.of(o)) {
          if (m.type().isOrganization()) {
            continue;
          }
          for (Actor org : orgs) {
            add(found, m, org, true, Evidence.of(s, "membership-" + doc.lang() + "-frame-composition", 0.65));
          }
        }
      }
    }
  }

  /**
   * "la coalition menée par les États-Unis", "the coalition led by the US": who leads a coalition
   * or alliance is a member of it.
   */
  private static void led(Document doc, Sentence s, Parse parse, List<Mention> ms, EventArgs args, Set<String> leads,
      Map<String, Fact.Membership> found) {
    for (Frame f : parse.frames()) {
      if (!f.verbal() || !f.passive() || !leads.contains(s.token(f.first()).key())) {
        continue;
      }
      List<Actor> orgs = orgs(args, f.subjects());
      for (Phrase a : f.agents()) {
        for (Actor m : args.of(a)) {
          for (Actor o : orgs) {
            add(found, m, o, true, Evidence.of(s, "membership-" + doc.lang() + "-frame-leads", 0.65));
          }
        }
      }
    }
  }

  /** Whether a verb of joining depends on a verb of wishing ("veut rejoindre", "hopes to join"). */
  private static boolean wishedBy(Parse parse, Chunk verb, Sentence s, Set<String> wishes) {
    int i = parse.chunks().indexOf(verb);
    for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
      Chunk c = parse.chunks().get(k);
      if (c.kind() == Chunk.Kind.VERB) {
        return wishes.contains(s.token(c.head()).key());
      }
      if (c.kind() != Chunk.Kind.PREP && c.kind() != Chunk.Kind.OTHER) {
        return false;
      }
    }
    return false;
  }

  private static List<Actor> orgs(EventArgs args, List<Phrase> ps) {
    List<Actor> out = new ArrayList<>();
    for (Phrase p : ps) {
      for (Actor a : args.of(p)) {
        if (a.type().isOrganization()) {
          out.add(a);
        }
      }
    }
    return out;
  }

  private static Frame nounFrame(Parse parse, PhraseMatcher.Match<String> cue) {
    for (int t = cue.first(); t < cue.end(); t++) {
      Frame f = parse.frameAt(t);
      if (f != null && !f.verbal()) {
        return f;
      }
    }
    return null;
  }

  private static Phrase phraseWithHead(Parse parse, int head) {
    for (List<Phrase> g : parse.groups()) {
      for (Phrase p : g) {
        Phrase x = find(p, head);
        if (x != null) {
          return x;
        }
      }
    }
    return null;
  }

  private static Phrase find(Phrase p, int head) {
    if (p.head() == head || p.first() <= head && head < p.end()) {
      return p;
    }
    for (Phrase c : p.complements()) {
      Phrase x = find(c, head);
      if (x != null) {
        return x;
      }
    }
    return null;
  }

  /** The top-level group that holds a phrase (as a member or inside one), or null. */
  private static List<Phrase> groupOf(Parse parse, Phrase p) {
    if (p == null) {
      return null;
    }
    for (List<Phrase> g : parse.groups()) {
      for (Phrase top : g) {
        if (find(top, p.head()) != null) {
          return g;
        }
      }
    }
    return null;
  }

  private static void add(Map<String, Fact.Membership> found, Actor member, Actor org, boolean polarity, Evidence ev) {
    if (member.iri().equals(org.iri()) || !member.type().isActor()) {
      return;
    }
    String key = member.iri() + "|" + org.iri();
    Fact.Membership old = found.get(key);
    List<Evidence> evs = new ArrayList<>();
    if (old != null) {
      if (old.polarity() != polarity) {
        return; // the first reading stands
      }
      evs.addAll(old.evidence());
    }
    evs.add(ev);
    found.put(key, new Fact.Membership(member, org, polarity, evs));
  }
}
