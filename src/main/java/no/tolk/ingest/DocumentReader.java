package no.tolk.ingest;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one corpus file of a given format into a {@link SourceDocument}. */
public interface DocumentReader {

  /**
   * Reads a file's content, already in memory (the indexer reads each file once, for its hash
   * and for this).
   *
   * @param content the file's bytes
   * @param file the file they came from; only its name is used (format hints, a fallback title)
   * @param relativePath its path relative to the corpus folder, '/'-separated
   * @throws UnreadableDocumentException when the content is empty, binary, undecodable or has no
   *     text
   */
  SourceDocument read(byte[] content, Path file, String relativePath) throws IOException;

  /**
   * Reads a file: one snapshot within the size limit, then {@link #read(byte[], Path, String)}.
   *
   * @throws IOException when the file cannot be read at all
   */
  default SourceDocument read(Path file, String relativePath) throws IOException {
    return read(
        FileSnapshot.read(file, relativePath, TikaReader.DEFAULT_MAX_BYTES), file, relativePath);
  }
}
