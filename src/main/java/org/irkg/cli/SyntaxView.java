package org.irkg.cli;

import java.util.List;
import org.irkg.doc.Chunk;
import org.irkg.doc.Frame;
import org.irkg.doc.Parse;
import org.irkg.doc.Phrase;
import org.irkg.doc.Sentence;

/** The syntax layer of a sentence as text, for people who edit lexicons (annotate --frames). */
final class SyntaxView {
  private SyntaxView() {}

  static String describe(Sentence s, Parse p) {
    StringBuilder sb = new StringBuilder("    chunks:");
    for (Chunk c : p.chunks()) {
      sb.append(" [").append(c.kind()).append(' ').append(s.span(c.first(), c.end())).append(']');
    }
    sb.append('\n');
    for (Frame f : p.frames()) {
      if (!f.verbal() && f.subjects().isEmpty() && f.obliques().isEmpty() && f.objects().isEmpty()) {
        continue;
      }
      sb.append("    ").append(f.verbal() ? "verb " : "noun ").append(s.span(f.first(), f.end()));
      if (f.passive()) {
        sb.append(" (passive)");
      }
      if (f.negated()) {
        sb.append(" (negated)");
      }
      append(sb, s, " subj=", f.subjects());
      append(sb, s, " obj=", f.objects());
      for (Frame.Oblique o : f.obliques()) {
        sb.append(' ').append(o.preposition().replace(' ', '_')).append('=').append(text(s, o.phrase()));
      }
      append(sb, s, " agent=", f.agents());
      sb.append('\n');
    }
    return sb.toString();
  }

  private static void append(StringBuilder sb, Sentence s, String label, List<Phrase> ps) {
    if (ps.isEmpty()) {
      return;
    }
    sb.append(label);
    for (int i = 0; i < ps.size(); i++) {
      sb.append(i == 0 ? "" : "|").append(text(s, ps.get(i)));
    }
  }

  private static String text(Sentence s, Phrase p) {
    return "'" + s.span(p.first(), p.lastEnd()) + "'";
  }
}
