package no.tolk.ingest;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one corpus file of a given format into a {@link SourceDocument}. */
public interface DocumentReader {

  /**
   * Reads a file.
   *
   * @param file the file to read
   * @param relativePath its path relative to the corpus folder, '/'-separated
   * @throws UnreadableDocumentException when the file is empty, binary, undecodable or has no text
   * @throws IOException when the file cannot be read at all
   */
  SourceDocument read(Path file, String relativePath) throws IOException;
}
