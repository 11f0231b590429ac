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
    header = "Shows how irkg reads one article, storing nothing.",
    description = {"Prints each sentence with its linked mentions, then each fact as one line with the rule "
            + "and sentence it came from. With --frames, also the syntax: chunks, clauses and their "
            + "arguments."})
public final class AnnotateCommand implements Callable<Integer> {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin OutputOption output;
  @Mixin DictionaryOptions dictionaries;

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
    Extractor ex = Extractor.load(dictionaries.dictionaries());
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
          out.println("FACT " + describe(f, d.lang()));
        }
      }
    }
    return problems.errors() > 0 ? 1 : 0;
  }

  /** A fact as a line a reader takes in: who, what, whom, where and when, then the rules and sentences. */
  static String describe(Fact f, String lang) {
    java.util.function.Function<org.irkg.doc.Actor, String> n = a -> a == null ? "?" : a.label(lang);
    String what;
    if (f instanceof Fact.Membership m) {
      what = "member: " + n.apply(m.member()) + (m.polarity() ? " is a member of " : " is not a member of ")
          + n.apply(m.organization());
    } else if (f instanceof Fact.Position p) {
      what = "position: " + n.apply(p.holder()) + ", " + p.role() + (p.roleOf() == null ? "" : " of " + n.apply(p.roleOf()));
    } else if (f instanceof Fact.Meeting m) {
      what = "meeting: " + m.participants().stream().map(n).collect(java.util.stream.Collectors.joining(", "))
          + (m.place() == null ? "" : " in " + n.apply(m.place())) + (m.date() == null ? "" : " on " + m.date().lexical())
          + (m.topic() == null ? "" : " about " + m.topic());
    } else if (f instanceof Fact.Treaty t) {
      what = "treaty: " + t.name() + (t.date() == null ? "" : " (" + t.date().lexical() + ")")
          + (t.parties().isEmpty() ? "" : ", parties " + t.parties().stream().map(n).collect(java.util.stream.Collectors.joining(", ")));
    } else if (f instanceof Fact.Relation r) {
      what = "relation: " + n.apply(r.subject()) + " " + r.predicate() + " " + n.apply(r.object());
    } else if (f instanceof Fact.Event e) {
      org.irkg.lexicon.CameoCodes.Code c = org.irkg.lexicon.CameoCodes.get().of(e.code());
      what = "event " + e.code() + (c == null ? "" : " (" + c.name() + ")") + ": " + n.apply(e.source()) + " -> "
          + n.apply(e.target()) + (e.place() == null ? "" : " in " + n.apply(e.place()))
          + (e.date() == null ? "" : " on " + e.date().lexical());
    } else if (f instanceof Fact.MemberCount c) {
      what = "member count: " + n.apply(c.organization()) + " has " + c.count() + " members";
    } else {
      what = f.toString();
    }
    return what + "   [" + f.evidence().stream().map(e -> e.rule() + "@s" + e.sentence() + " " + e.confidence())
        .collect(java.util.stream.Collectors.joining(", ")) + "]";
  }
}
