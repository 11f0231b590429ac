package org.irkg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The speed ratio against the peer (Stanford CoreNLP's French pipeline), taken in the same run:
 * the peer folder's compare.sh times both programs as whole processes on the same articles,
 * interleaved, and prints the ratio of medians. A ratio against a figure taken elsewhere is not
 * a measurement (other texts, other machine, other load), so the bench quotes only this one.
 */
final class PeerComparison {
  private PeerComparison() {}

  static void run(Path peer, int articles, PrintWriter out) {
    Path script = peer.resolve("compare.sh");
    out.printf("%nside by side with the peer (%s, %d French articles, 3 rounds, whole processes)%n", script, articles);
    out.flush();
    if (!Files.isRegularFile(script)) {
      out.printf("  no peer: %s is not there (give --peer DIR)%n", script);
      return;
    }
    if (!Files.isExecutable(Path.of("irkg"))) {
      out.printf("  skipped: compare.sh calls ./irkg, so the bench must run from the project's root%n");
      return;
    }
    ProcessBuilder pb = new ProcessBuilder(List.of("bash", script.toString(), "--articles", Integer.toString(articles),
        "--rounds", "3", "--irkg", "./irkg")).redirectErrorStream(true);
    try {
      Process p = pb.start();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          out.println("  " + line);
          out.flush();
        }
      }
      int code = p.waitFor();
      if (code != 0) {
        out.printf("  compare.sh failed (exit %d): no ratio%n", code);
      }
    } catch (IOException e) {
      out.printf("  compare.sh could not run: %s%n", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      out.println("  interrupted");
    }
  }
}
