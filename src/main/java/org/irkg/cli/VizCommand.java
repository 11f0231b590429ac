package org.irkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import org.irkg.store.Tdb2Store;
import org.irkg.viz.ActorGraph;
import org.irkg.viz.ActorGraphReader;
import org.irkg.viz.HtmlPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code irkg viz}: the actor graph as one self-contained, interactive HTML page. */
@Command(name = "viz", mixinStandardHelpOptions = true,
    header = "Writes the actor graph as one self-contained HTML page.",
    description = {"No network is needed to open it. Actors are coloured and shaped by type and sized by "
            + "mentions; relations are drawn by kind, with a legend; there are search and filters, and "
            + "a panel with each fact's evidence sentence and article."})
public final class VizCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin OutputOption output;

  @Option(names = "--link-base", paramLabel = "PREFIX", defaultValue = "",
      description = "prefix for links to articles read from files, e.g. ../seeds/articles/ (URLs are linked as they are)")
  String linkBase;

  @Option(names = "--title", defaultValue = "irkg: actors", description = "page title (default: ${DEFAULT-VALUE})")
  String title;

  @Override
  public Integer call() throws IOException {
    ActorGraph g;
    try (Tdb2Store st = store.openExisting()) {
      g = ActorGraphReader.read(st);
    }
    try (OutputStream out = output.open()) {
      out.write(HtmlPage.render(g, title, linkBase, Map.of()).getBytes(StandardCharsets.UTF_8));
    }
    if (output.output != null) {
      spec.commandLine().getOut().printf("wrote %s (%d actors, %d links)%n", output.output, g.nodes().size(), g.edges().size());
    }
    return 0;
  }
}
