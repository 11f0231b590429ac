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
    description = {"Builds a knowledge graph of international relations from news articles, French and English:"
        + " actors, memberships, offices, meetings, treaties and relations, each with the sentence it came from.",
        "Start with 'irkg demo', or 'irkg ingest FOLDER' then 'irkg query FILE.rq'; 'irkg COMMAND --help' tells more."},
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
      ArticlesCommand.class,
      ActorsCommand.class,
      DemoCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      AnnotateCommand.class,
      CheckDataCommand.class,
      CommandLine.HelpCommand.class
    })
public final class IrkgCommand implements java.util.concurrent.Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** {@code irkg} alone: the help, on stderr, and the exit code of a usage mistake. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }

  /** A command line with irkg's error handling: user mistakes are one line, exit 1. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new IrkgCommand());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    // a usage mistake is the reason and where to look, not the whole help (exit 2, as picocli)
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine bad = ex.getCommandLine();
      PrintWriter err = bad.getErr();
      err.println("error: " + ex.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
      err.println("(see '" + bad.getCommandSpec().qualifiedName() + " --help')");
      err.flush();
      return 2;
    });
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
