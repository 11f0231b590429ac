package org.irkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code -o FILE} option: output to a file, default the command's standard output. */
public final class OutputOption {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of stdout")
  Path output;

  /** The stream to write to; closing it leaves standard output open. */
  OutputStream open() {
    if (output == null) {
      return new WriterStream(spec.commandLine().getOut());
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
    return new PrintStream(open(), true, StandardCharsets.UTF_8);
  }

  /**
   * UTF-8 bytes streamed into the command's writer (picocli's out, which tests capture), decoded
   * a buffer at a time so that a large export does not pile up in memory.
   */
  static final class WriterStream extends OutputStream {
    private final PrintWriter out;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer in = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);

    WriterStream(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void write(int b) {
      if (!in.hasRemaining()) {
        drain(false);
      }
      in.put((byte) b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      while (len > 0) {
        if (!in.hasRemaining()) {
          drain(false);
        }
        int n = Math.min(len, in.remaining());
        in.put(b, off, n);
        off += n;
        len -= n;
      }
    }

    private void drain(boolean end) {
      in.flip();
      while (true) {
        var r = decoder.decode(in, chars, end);
        chars.flip();
        out.append(chars);
        chars.clear();
        if (!r.isOverflow()) {
          break;
        }
      }
      in.compact();
    }

    @Override
    public void flush() {
      drain(false);
      out.flush();
    }

    @Override
    public void close() {
      drain(true);
      out.flush();
    }
  }
}
