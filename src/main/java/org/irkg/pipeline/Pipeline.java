package org.irkg.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irkg.doc.Document;
import org.irkg.doc.Layer;

/**
 * Stages run in order over one document; itself a {@link Stage} (a composite). The builder
 * checks that every layer a stage requires is provided by an earlier stage. Records the time spent
 * in each stage. One Pipeline per thread: the NLP stage is not thread-safe.
 */
public final class Pipeline implements Stage {
  private final List<Stage> stages;
  private final Map<String, Long> nanos = new LinkedHashMap<>();

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
    for (Stage s : stages) {
      nanos.put(name(s), 0L);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Collects stages and checks their order. */
  public static final class Builder {
    private final List<Stage> stages = new ArrayList<>();

    public Builder add(Stage s) {
      stages.add(s);
      return this;
    }

    /** Fails when a stage requires a layer that no earlier stage provides. */
    public Pipeline build() {
      Set<Layer> have = EnumSet.noneOf(Layer.class);
      for (Stage s : stages) {
        for (Layer l : s.requires()) {
          if (!have.contains(l)) {
            throw new IllegalStateException(name(s) + " requires layer " + l + ", which no earlier stage provides");
          }
        }
        have.addAll(s.provides());
      }
      return new Pipeline(stages);
    }
  }

  @Override
  public Set<Layer> requires() {
    return stages.isEmpty() ? Set.of() : stages.get(0).requires();
  }

  @Override
  public Set<Layer> provides() {
    Set<Layer> out = EnumSet.noneOf(Layer.class);
    stages.forEach(s -> out.addAll(s.provides()));
    return out;
  }

  @Override
  public void process(Document doc) {
    for (Stage s : stages) {
      long t = System.nanoTime();
      s.process(doc);
      nanos.merge(name(s), System.nanoTime() - t, Long::sum);
      if (doc.has(Layer.SENTENCES) && doc.sentences().isEmpty()) {
        // nothing to read (a language without lexicons, a text of no words): every later layer is empty
        doc.setMentions(List.of());
        doc.setLinks(List.of());
        doc.setParses(List.of());
        doc.setActors(List.of());
        doc.setFacts(List.of());
        return;
      }
    }
  }

  /** Nanoseconds spent in each stage so far. */
  public Map<String, Long> timings() {
    return Map.copyOf(nanos);
  }

  private static String name(Stage s) {
    return s.getClass().getSimpleName();
  }
}
