package org.irkg.syntax;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irkg.doc.Chunk;
import org.irkg.doc.Document;
import org.irkg.doc.Layer;
import org.irkg.doc.Parse;
import org.irkg.doc.Sentence;
import org.irkg.lexicon.Lexicon;
import org.irkg.pipeline.Stage;

/**
 * Reads the shallow structure of each sentence: chunks ({@link Chunker}), then who does what to
 * whom around each verb and noun ({@link FrameBuilder}). Reads {@link Layer#SENTENCES} and
 * {@link Layer#LINKS} (a name is one phrase); writes {@link Layer#SYNTAX}. Thread-safe.
 */
public final class SyntaxStage implements Stage {
  private final Map<String, Chunker> chunkers = new HashMap<>();
  private final Map<String, FrameBuilder> builders = new HashMap<>();

  public SyntaxStage(Map<String, Lexicon> lexicons) {
    for (Lexicon l : lexicons.values()) {
      chunkers.put(l.lang(), new Chunker(l));
      builders.put(l.lang(), new FrameBuilder(l));
    }
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES, Layer.LINKS);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.SYNTAX);
  }

  @Override
  public void process(Document doc) {
    Chunker chunker = chunkers.get(doc.lang());
    FrameBuilder builder = builders.get(doc.lang());
    List<Parse> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<org.irkg.doc.Mention> ms = doc.linksIn(s.index());
      List<Chunk> chunks = chunker.chunk(s, ms);
      boolean[] dates = new boolean[s.size()];
      for (org.irkg.doc.Mention m : ms) {
        if (m.kind() == org.irkg.doc.MentionKind.DATE) {
          for (int t = m.first(); t < m.end() && t < dates.length; t++) {
            dates[t] = true;
          }
        }
      }
      out.add(builder.build(s, chunks, dates));
    }
    doc.setParses(out);
  }
}
