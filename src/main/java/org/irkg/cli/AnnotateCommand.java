package org.irkg.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.irkg.doc.Article;
import org.irkg.doc.Document;
import org.irkg.doc.Fact;
import org.irkg.doc.Mention;
import org.irkg.doc.Sentence;
import org.irkg.doc.Token;
import org.irkg.ingest.ArticleReader;
import org.irkg.pipeline.Extractor;
import org.irkg.pipeline.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code irkg annotate FILE}: what the pipeline sees in one article, for rule writers. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
    description = "Shows one article's sentences, tokens with POS tags, linked mentions and facts (nothing is stored).")
public final class AnnotateCommand implements Callable<Integer> {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin OutputOption output;

  @Parameters(paramLabel = "FILE", description = "an article file")
  Path file;

  @Option(names = "--tokens", description = "also list tokens with their POS tags")
  boolean tokens;

  @Option(names = "--frames", description = "also show chunks and who does what to whom (the syntax layer)")
  boolean frames;

  @Override
  public Integer call() {
    Problems.Counting problems = Problems.printing(spec.commandLine().getErr());
    List<Article> articles = new ArrayList<>();
    new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES).read(file, articles::add, problems);
    Extractor ex = Extractor.load();
    try (PrintStream out = output.printStream()) {
      for (Article a : articles) {
        Document d = ex.extract(a);
        out.println("# " + a.source() + " (" + d.lang() + ", " + a.date() + ")");
        for (Sentence s : d.sentences()) {
          out.println("[" + s.index() + "] " + s.text());
          if (tokens) {
            StringBuilder sb = new StringBuilder("    ");
            for (Token t : s.tokens()) {
              sb.append(t.text()).append('/').append(t.pos()).append(' ');
            }
            out.println(sb);
          }
          if (frames) {
            out.print(SyntaxView.describe(s, d.parse(s.index())));
          }
          for (Mention m : d.linksIn(s.index())) {
            String what = m.actor() != null ? m.actor().type() + " " + m.actor().iri()
                : m.date() != null ? m.date().lexical() : m.role();
            out.println("    " + m.kind() + " '" + s.span(m.first(), m.end()) + "' -> " + what);
          }
        }
        for (Fact f : d.facts()) {
          out.println("FACT " + describe(f));
        }
      }
    }
    return problems.errors() > 0 ? 1 : 0;
  }

  /** A fact as its record components, actors by their short IRI, evidence by rule and sentence. */
  private static String describe(Object value) {
    if (value instanceof org.irkg.doc.Actor a) {
      return a.iri().replace("https://w3id.org/irkg/id/", "");
    }
    if (value instanceof org.irkg.doc.Evidence e) {
      return e.rule() + "@s" + e.sentence() + "(" + e.confidence() + ")";
    }
    if (value instanceof java.util.Collection<?> c) {
      return c.stream().map(AnnotateCommand::describe).collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }
    if (value != null && value.getClass().isRecord() && !(value instanceof org.irkg.doc.Actor.Name)) {
      StringBuilder sb = new StringBuilder(value.getClass().getSimpleName()).append('[');
      java.lang.reflect.RecordComponent[] parts = value.getClass().getRecordComponents();
      for (int k = 0; k < parts.length; k++) {
        try {
          Object v = parts[k].getAccessor().invoke(value);
          if (v == null) {
            continue;
          }
          sb.append(sb.charAt(sb.length() - 1) == '[' ? "" : ", ").append(parts[k].getName()).append('=').append(describe(v));
        } catch (ReflectiveOperationException ex) {
          throw new IllegalStateException(ex);
        }
      }
      return sb.append(']').toString();
    }
    return String.valueOf(value);
  }

}
