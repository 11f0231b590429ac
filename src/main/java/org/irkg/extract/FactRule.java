package org.irkg.extract;

import java.util.List;
import org.irkg.doc.Document;
import org.irkg.doc.Fact;
import org.irkg.lexicon.Gazetteer;
import org.irkg.lexicon.Lexicon;

/** One family of fact rules (memberships, positions, ...): a pure function of a linked document. */
interface FactRule {
  /** The facts this family reads in the document. */
  List<Fact> extract(Document doc, Lexicon lex, Gazetteer gazetteer);
}
