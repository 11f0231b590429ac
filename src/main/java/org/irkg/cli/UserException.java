package org.irkg.cli;

/** A mistake of the user's (a missing file, a bad query): shown as one line, exit code 1. */
public class UserException extends RuntimeException {
  public UserException(String message) {
    super(message);
  }
}
