package org.irkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code irkg neo4j SUBCOMMAND}: the graph in a Neo4j server. */
@Command(name = "neo4j", mixinStandardHelpOptions = true,
    header = "Keeps a copy of the knowledge graph in a Neo4j server.",
    subcommands = {Neo4jPushCommand.class, CommandLine.HelpCommand.class})
public final class Neo4jCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
