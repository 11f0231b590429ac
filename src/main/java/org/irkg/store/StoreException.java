package org.irkg.store;

/** A store that cannot be opened or written: the message is one line for the user. */
public class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
