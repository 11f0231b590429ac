package org.irkg.pipeline;

/**
 * Where problems with input or data go (Jena's ErrorHandler, Rio's ParseErrorListener): the
 * reader or stage reports, the listener decides whether to print, count or throw.
 */
public interface Problems {

  /** Something was skipped or guessed; processing went on. */
  void warning(String where, String message);

  /** An input could not be processed; the rest of the batch goes on. */
  void error(String where, String message);

  /** A listener that prints one line per problem on stderr and counts errors. */
  static Counting printing(java.io.PrintWriter err) {
    return new Counting(err);
  }

  /** Prints each problem as one line and counts them. */
  final class Counting implements Problems {
    private final java.io.PrintWriter err;
    private int errors;
    private int warnings;

    Counting(java.io.PrintWriter err) {
      this.err = err;
    }

    @Override
    public synchronized void warning(String where, String message) {
      warnings++;
      if (err != null) {
        err.println("warning: " + where + ": " + message);
        err.flush();
      }
    }

    @Override
    public synchronized void error(String where, String message) {
      errors++;
      if (err != null) {
        err.println("error: " + where + ": " + message);
        err.flush();
      }
    }

    public synchronized int errors() {
      return errors;
    }

    public synchronized int warnings() {
      return warnings;
    }
  }
}
