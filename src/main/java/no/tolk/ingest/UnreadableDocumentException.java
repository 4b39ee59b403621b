package no.tolk.ingest;

import java.io.IOException;

/** Signals a file that exists and can be opened but holds no usable text; the message says why. */
public class UnreadableDocumentException extends IOException {

  private final String reason;

  public UnreadableDocumentException(String relativePath, String reason) {
    super(relativePath + ": " + reason);
    this.reason = reason;
  }

  /** Why the file holds no usable text, without the path ("empty file"). */
  public String reason() {
    return reason;
  }
}
