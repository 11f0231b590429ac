package org.irkg.cli;

import java.io.PrintWriter;
import org.irkg.lexicon.DataFileException;
import org.irkg.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command: {@code irkg SUBCOMMAND}. Only {@link #main} calls System.exit. */
@Command(
    name = "irkg",
    mixinStandardHelpOptions = true,
    version = "irkg 0.1.0",
    description = "Builds a knowledge graph of international relations from news articles (French and English).",
    subcommands = {
      IngestCommand.class,
      LoadCommand.class,
      RemoveCommand.class,
      QueryCommand.class,
      CypherCommand.class,
      Neo4jCommand.class,
      ExportCommand.class,
      VizCommand.class,
      ServeCommand.class,
      ValidateCommand.class,
      StatsCommand.class,
      DemoCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      AnnotateCommand.class,
      CheckDataCommand.class,
      CommandLine.HelpCommand.class
    })
public final class IrkgCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** A command line with irkg's error handling: user mistakes are one line, exit 1. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new IrkgCommand());
    cl.setExecutionExceptionHandler((ex, line, parse) -> {
      PrintWriter err = line.getErr();
      if (ex instanceof StoreException || ex instanceof DataFileException || ex instanceof UserException) {
        err.println("error: " + ex.getMessage());
      } else {
        err.println("error: " + ex);
        if (Boolean.getBoolean("irkg.debug")) {
          ex.printStackTrace(err);
        }
      }
      err.flush();
      return 1;
    });
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
