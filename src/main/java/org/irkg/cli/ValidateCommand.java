package org.irkg.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.irkg.app.Validation;
import org.irkg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code irkg validate}: the SHACL report of the store against ontology/shapes.ttl. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    header = "Checks the store against the SHACL shapes.",
    description = {"The shapes (ontology/shapes.ttl) ask that every fact node has its source, evidence and "
            + "typed values. Exit code 1 when there is a violation."})
public final class ValidateCommand implements Callable<Integer> {
  @Mixin StoreOption store;
  @Mixin OutputOption output;

  @Override
  public Integer call() {
    Validation.Report r;
    try (Tdb2Store st = store.openExisting()) {
      r = Validation.validate(st);
    }
    try (PrintStream out = output.printStream()) {
      for (String line : r.lines()) {
        out.println(line);
      }
      out.println(r.conforms()
          ? "conforms: no SHACL violation (" + r.nodes() + " shapes checked)"
          : "does not conform: " + r.lines().size() + " violations");
    }
    return r.conforms() ? 0 : 1;
  }
}
