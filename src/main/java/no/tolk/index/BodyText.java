package no.tolk.index;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A document's body text, read from its UTF-8 bytes one block at a time as it is used. A hit
 * shows passages from the few blocks that match, so a long document is not decoded whole for
 * each hit: at 1M passages decoding every hit's 12 KB was a twentieth of a search. Not safe for
 * use by several threads at once: it is read within one request.
 */
public final class BodyText implements CharSequence {

  private final byte[] utf8;
  private final int offset;
  private final int byteLength;
  private final int length;
  private final List<BlockLayout.Entry> blocks;
  /** Where each block's bytes start and end in {@code utf8}, from {@code offset}. */
  private final int[] byteStarts;
  private final int[] byteEnds;
  private final String[] decoded;
  private String whole;
  // The block charAt read last: sentence splitting reads a block char by char.
  private int currentStart;
  private int currentEnd;
  private String current;

  BodyText(
      byte[] utf8, int offset, int byteLength, int length, BlockLayout layout,
      int[] byteStarts, int[] byteEnds) {
    this.utf8 = utf8;
    this.offset = offset;
    this.byteLength = byteLength;
    this.length = length;
    this.blocks = layout.entries();
    this.byteStarts = byteStarts;
    this.byteEnds = byteEnds;
    this.decoded = new String[blocks.size()];
  }

  /** A body already in memory, as the indexer has it. */
  static BodyText of(String text, BlockLayout layout) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    BodyText body =
        new BodyText(utf8, 0, utf8.length, text.length(), layout, new int[0], new int[0]);
    body.whole = text;
    return body;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    if (index >= currentStart && index < currentEnd) {
      return current.charAt(index - currentStart);
    }
    int block = blockHolding(index);
    if (block < 0) {
      return toString().charAt(index);
    }
    BlockLayout.Entry entry = blocks.get(block);
    current = block(block);
    currentStart = entry.start();
    currentEnd = entry.end();
    return current.charAt(index - currentStart);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    int block = blockHolding(start);
    if (block >= 0 && end <= blocks.get(block).end()) {
      int from = blocks.get(block).start();
      return block(block).substring(start - from, end - from);
    }
    return toString().substring(start, end);
  }

  /** The whole text, decoded once. */
  @Override
  public String toString() {
    if (whole == null) {
      whole = new String(utf8, offset, byteLength, StandardCharsets.UTF_8);
    }
    return whole;
  }

  /** The bytes as written to the index. */
  byte[] utf8() {
    return utf8;
  }

  /** The block holding char {@code index}, or -1 between blocks or where bytes are not known. */
  private int blockHolding(int index) {
    if (whole != null || blocks.isEmpty()) {
      return -1;
    }
    int low = 0;
    int high = blocks.size() - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (blocks.get(mid).start() <= index) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    BlockLayout.Entry entry = blocks.get(low);
    return index >= entry.start() && index < entry.end() ? low : -1;
  }

  private String block(int i) {
    if (decoded[i] == null) {
      decoded[i] =
          new String(
              utf8, offset + byteStarts[i], byteEnds[i] - byteStarts[i], StandardCharsets.UTF_8);
    }
    return decoded[i];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BodyText text && toString().equals(text.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }
}
