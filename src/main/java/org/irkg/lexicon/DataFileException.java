package org.irkg.lexicon;

/** A data file that cannot be read: the message names the file and line. */
public class DataFileException extends RuntimeException {
  public DataFileException(String message) {
    super(message);
  }
}
