package org.irkg.cli;

import java.util.concurrent.Callable;
import org.irkg.app.Neo4jPush;
import org.irkg.store.Tdb2Store;
import org.irkg.store.neo4j.Neo4jGraph;
import org.irkg.store.neo4j.Neo4jLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code irkg neo4j push}: copy what the TDB2 store holds into Neo4j. */
@Command(name = "push", mixinStandardHelpOptions = true,
    header = "Copies the store into Neo4j as a property graph.",
    description = {"The gazetteer first, then the articles, replacing what Neo4j had of them; graphs the "
            + "store no longer holds are removed. Safe to repeat: nothing is duplicated. Each batch of "
            + "graphs is one transaction, committed whole or not at all."})
public final class Neo4jPushCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin Neo4jOptions neo4j;

  @Option(names = "--batch", defaultValue = "64", description = "graphs per Neo4j transaction (default: ${DEFAULT-VALUE})")
  int batch;

  @Override
  public Integer call() {
    Checks.atLeast(spec, "--batch", batch, 1);
    try (Neo4jGraph g = neo4j.connect(); Tdb2Store st = store.openExisting()) {
      Neo4jPush.Summary s = new Neo4jPush(new Neo4jLoader(g), batch).all(st);
      spec.commandLine().getOut().printf("pushed %d graphs from %s to %s%s: %d nodes, %d relationships%n",
          s.graphs(), store.store, g.connection(),
          s.removedGraphs() > 0 ? " (removed " + s.removedGraphs() + " graphs the store no longer has)" : "",
          s.counts().nodes(), s.counts().relationships());
    }
    return 0;
  }
}
