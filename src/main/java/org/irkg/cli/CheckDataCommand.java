package org.irkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.irkg.lexicon.Gazetteer;
import org.irkg.lexicon.Lexicon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code irkg check-data}: loads every lexicon and the gazetteer, reporting the first bad line. */
@Command(name = "check-data", mixinStandardHelpOptions = true,
    header = "Checks the lexicons and the gazetteer of every language.",
    description = {"Loads them all and prints their sizes, or the file and line at fault."})
public final class CheckDataCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (String lang : Lexicon.installed()) {
      out.println(lang + ": " + Lexicon.load(lang).sizes());
    }
    Gazetteer g = Gazetteer.load();
    g.warnings().forEach(w -> out.println("warning: " + w));
    out.println("gazetteer: " + g.actors().size() + " actors and places");
    return 0;
  }
}
