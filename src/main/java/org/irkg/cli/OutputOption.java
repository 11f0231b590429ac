package org.irkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code -o FILE} option: output to a file, default stdout. */
public final class OutputOption {
  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of stdout")
  Path output;

  /** The stream to write to; closing it leaves stdout open. */
  OutputStream open() {
    if (output == null) {
      return new java.io.FilterOutputStream(System.out) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    try {
      if (output.getParent() != null) {
        Files.createDirectories(output.getParent());
      }
      return Files.newOutputStream(output);
    } catch (IOException e) {
      throw new UserException("cannot write " + output + ": " + e.getMessage());
    }
  }

  PrintStream printStream() {
    return new PrintStream(open(), true, java.nio.charset.StandardCharsets.UTF_8);
  }
}
