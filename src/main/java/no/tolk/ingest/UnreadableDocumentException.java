package no.tolk.ingest;

import java.io.IOException;

/** Signals a file that exists and can be opened but holds no usable text; the message says why. */
public class UnreadableDocumentException extends IOException {

  public UnreadableDocumentException(String relativePath, String reason) {
    super(relativePath + ": " + reason);
  }
}
