package org.irkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's help as a user reads it at 80 columns: one sentence per command in the list,
 * and no line that ends inside a value ("bolt:" / "//localhost:7687"), an option name
 * ("--max-" / "bytes") or a word cut at a hyphen.
 */
class HelpTextTest {
  private static void all(CommandLine cl, List<CommandLine> out) {
    out.add(cl);
    cl.getSubcommands().values().stream().distinct().forEach(c -> all(c, out));
  }

  @Test
  void everyHelpReadsWellAtEightyColumns() {
    List<CommandLine> commands = new ArrayList<>();
    all(IrkgCommand.commandLine(), commands);
    List<String> bad = new ArrayList<>();
    for (CommandLine c : commands) {
      c.getCommandSpec().usageMessage().width(80);
      String help = c.getUsageMessage(CommandLine.Help.Ansi.OFF);
      List<String> lines = help.lines().toList();
      for (int i = 0; i + 1 < lines.size(); i++) {
        String line = lines.get(i).stripTrailing();
        String next = lines.get(i + 1).strip();
        if (line.length() > 80) {
          bad.add(c.getCommandSpec().qualifiedName() + ": over 80 columns: " + line);
        }
        boolean cut = line.matches(".*[\\p{L}\\d][-/=]") && !next.isEmpty() && "/[-:=".indexOf(next.charAt(0)) < 0
            || line.endsWith(":") && next.startsWith("//");
        if (cut) {
          bad.add(c.getCommandSpec().qualifiedName() + ": '" + line.strip() + "' / '" + next + "'");
        }
      }
    }
    assertEquals(List.of(), bad);
  }

  @Test
  void theCommandListHasOneSentencePerCommand() {
    String help = IrkgCommand.commandLine().getUsageMessage(CommandLine.Help.Ansi.OFF);
    String list = help.substring(help.indexOf("Commands:"));
    for (String line : list.lines().skip(1).toList()) {
      assertTrue(line.matches("  \\S+ +\\S.*\\.$") || line.startsWith("  help "), line);
    }
  }

  @Test
  void ircgAloneShowsTheHelpAndExitsWithTwo() {
    Cli r = Cli.run();
    assertEquals(2, r.code());
    assertTrue(r.err().contains("Usage: irkg"), r.err());
  }

  @Test
  void aBadOptionValueIsOneReasonAndExitsWithTwo() {
    for (String[] args : List.of(new String[] {"query", "--format", "xml", "--sparql", "ASK {}"},
        new String[] {"serve", "--port", "99999"}, new String[] {"ingest", "--max-bytes", "-1", "x"},
        new String[] {"ingest", "--threads", "0", "x"}, new String[] {"ingest", "--batch", "0", "x"},
        new String[] {"export", "--format", "xml"})) {
      Cli r = Cli.run(args);
      assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
      assertTrue(r.err().startsWith("error: "), r.err());
      assertTrue(r.err().lines().count() <= 3, r.err());
    }
  }
}
