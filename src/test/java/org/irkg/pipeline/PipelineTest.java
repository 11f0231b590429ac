package org.irkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.irkg.doc.Data;
import org.irkg.extract.FactStage;
import org.irkg.mention.MentionStage;
import org.junit.jupiter.api.Test;

class PipelineTest {
  @Test
  void rejectsAStageWhoseLayersNoEarlierStageProvides() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Pipeline.builder()
        .add(new MentionStage(Data.GAZETTEER, Data.LEXICONS))
        .add(new FactStage(Data.GAZETTEER, Data.LEXICONS))
        .build());
    assertTrue(e.getMessage().contains("SENTENCES"), e.getMessage());
  }

  @Test
  void acceptsStagesInOrderOfTheirLayers() {
    assertTrue(Pipeline.builder().add(new NoopStage()).build().provides().isEmpty());
  }

  /** A stage that needs nothing and gives nothing. */
  static final class NoopStage implements Stage {
    @Override
    public java.util.Set<org.irkg.doc.Layer> requires() {
      return java.util.Set.of();
    }

    @Override
    public java.util.Set<org.irkg.doc.Layer> provides() {
      return java.util.Set.of();
    }

    @Override
    public void process(org.irkg.doc.Document doc) {}
  }
}
