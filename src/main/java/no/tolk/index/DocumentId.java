package no.tolk.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable ids: the same relative path always gets the same short id, across reindexing. */
public final class DocumentId {

  private DocumentId() {}

  public static String of(String relativePath) {
    return HexFormat.of().formatHex(sha256(relativePath.getBytes(StandardCharsets.UTF_8)), 0, 8);
  }

  /**
   * The id as a number in the same order as the id's text: hex of fixed length sorts as an
   * unsigned number, and flipping the sign bit makes signed order match unsigned order.
   */
  public static long order(String id) {
    return Long.parseUnsignedLong(id, 16) ^ Long.MIN_VALUE;
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
