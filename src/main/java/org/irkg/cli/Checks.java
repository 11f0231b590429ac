package org.irkg.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Ranges of numeric options: a value out of range is a usage mistake (exit 2), said before any work. */
final class Checks {
  private Checks() {}

  static void atLeast(CommandSpec spec, String option, long value, long min) {
    if (value < min) {
      throw new ParameterException(spec.commandLine(), option + " must be at least " + min + ", not " + value);
    }
  }

  static void port(CommandSpec spec, String option, int port) {
    if (port < 0 || port > 65_535) {
      throw new ParameterException(spec.commandLine(), option + " must be a port from 0 to 65535, not " + port);
    }
  }
}
