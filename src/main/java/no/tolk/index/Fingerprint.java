package no.tolk.index;

/**
 * What a file looked like when it was indexed. Size and modification time tell cheaply that
 * nothing changed; the content hash tells it when only the time moved (a copy, a touch).
 */
public record Fingerprint(long size, long modifiedMillis, String contentHash) {

  public boolean sameFile(long size, long modifiedMillis) {
    return this.size == size && this.modifiedMillis == modifiedMillis;
  }

  public String encode() {
    return size + ":" + modifiedMillis + ":" + contentHash;
  }

  public static Fingerprint decode(String stored) {
    String[] parts = stored.split(":", 3);
    if (parts.length != 3) {
      throw new IllegalArgumentException("invalid fingerprint: " + stored);
    }
    return new Fingerprint(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2]);
  }

  public static String hash(byte[] content) {
    return java.util.HexFormat.of().formatHex(DocumentId.sha256(content), 0, 16);
  }
}
