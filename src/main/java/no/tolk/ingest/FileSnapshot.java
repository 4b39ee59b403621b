package no.tolk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a whole file into memory once, within a size limit, so a parser sees one consistent
 * snapshot even when the file changes while it is read.
 */
public final class FileSnapshot {

  private FileSnapshot() {}

  /**
   * The file's bytes.
   *
   * @throws UnreadableDocumentException when the file is empty or larger than {@code maxBytes},
   *     before or while it is read
   */
  public static byte[] read(Path file, String relativePath, long maxBytes) throws IOException {
    long size = Files.size(file);
    if (size > maxBytes) {
      throw tooLarge(relativePath, size, maxBytes);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, size, relativePath, maxBytes);
    }
  }

  /** Reads a stream whose size was {@code size} when checked; it may have changed since. */
  static byte[] read(InputStream in, long size, String relativePath, long maxBytes)
      throws IOException {
    // one byte more than allowed tells a file that grew past the limit while being read
    byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
    if (bytes.length > maxBytes) {
      throw tooLarge(relativePath, bytes.length, maxBytes);
    }
    if (bytes.length == 0) {
      throw new UnreadableDocumentException(
          relativePath, size == 0 ? "empty file" : "file emptied while being read");
    }
    return bytes;
  }

  private static UnreadableDocumentException tooLarge(String path, long size, long maxBytes) {
    return new UnreadableDocumentException(
        path, "file too large (" + megabytes(size) + " > limit " + megabytes(maxBytes) + ")");
  }

  static String megabytes(long bytes) {
    return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
  }
}
