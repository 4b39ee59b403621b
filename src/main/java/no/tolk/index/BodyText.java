package no.tolk.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.UnicodeUtil;

/**
 * A document's body text, read from its UTF-8 bytes one piece at a time as it is used: each
 * block, and each stretch between blocks, is a piece. A hit shows passages from the few blocks
 * that match, so a long document is not decoded whole for each hit: at 1M passages decoding
 * every hit's 12 KB was a twentieth of a search. Not safe for use by several threads at once:
 * it is read within one request.
 */
public final class BodyText implements CharSequence {

  private final byte[] utf8;
  private final int offset;
  private final int length;
  private final BlockLayout layout;
  private final List<BlockLayout.Entry> blocks;
  /**
   * Where piece {@code p} ends, in bytes from {@code offset}: piece 2i is the stretch before
   * block i, piece 2i+1 block i, and the last piece the stretch after the last block.
   */
  private final int[] byteEnds;
  private final String[] decoded;
  private String whole;
  // The piece charAt read last: sentence splitting reads a block char by char.
  private int currentStart;
  private int currentEnd;
  private String current;

  private BodyText(
      byte[] utf8, int offset, int length, BlockLayout layout, int[] byteEnds) {
    this.utf8 = utf8;
    this.offset = offset;
    this.length = length;
    this.layout = layout;
    this.blocks = layout.entries();
    this.byteEnds = byteEnds;
    this.decoded = new String[byteEnds.length];
  }

  /**
   * A body in memory, as the indexer has it. Each piece is encoded on its own, so its bytes are
   * exactly the ones counted, whatever the text holds (a lone surrogate becomes U+FFFD).
   */
  public static BodyText of(String text, BlockLayout layout) {
    List<BlockLayout.Entry> blocks = layout.entries();
    byte[] bytes = new byte[UnicodeUtil.maxUTF8Length(text.length())];
    int[] byteEnds = new int[2 * blocks.size() + 1];
    int at = 0;
    int chars = 0;
    for (int p = 0; p < byteEnds.length; p++) {
      int end = charEnd(blocks, p, text.length());
      at = UnicodeUtil.UTF16toUTF8(text, chars, end - chars, bytes, at);
      byteEnds[p] = at;
      chars = end;
    }
    BodyText body =
        new BodyText(Arrays.copyOf(bytes, at), 0, text.length(), layout, byteEnds);
    body.whole = text;
    return body;
  }

  /** Where piece {@code p} ends, in chars. */
  private static int charEnd(List<BlockLayout.Entry> blocks, int p, int length) {
    if (p == 2 * blocks.size()) {
      return length;
    }
    BlockLayout.Entry block = blocks.get(p / 2);
    return p % 2 == 0 ? block.start() : block.end();
  }

  /** Writes the length, where each piece ends and the bytes. */
  void writeTo(DataOutput out) throws IOException {
    out.writeVInt(length);
    int last = 0;
    for (int end : byteEnds) {
      out.writeVInt(end - last);
      last = end;
    }
    out.writeBytes(utf8, offset, last);
  }

  /** Reads what {@link #writeTo} wrote, keeping {@code bytes} (which {@code in} reads). */
  static BodyText readFrom(ByteArrayDataInput in, byte[] bytes, BlockLayout layout) {
    int length = in.readVInt();
    int[] byteEnds = new int[2 * layout.entries().size() + 1];
    int last = 0;
    for (int p = 0; p < byteEnds.length; p++) {
      last += in.readVInt();
      byteEnds[p] = last;
    }
    int start = in.getPosition();
    in.skipBytes(last);
    return new BodyText(bytes, start, length, layout, byteEnds);
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    if (index < currentStart || index >= currentEnd) {
      if (whole != null) {
        return whole.charAt(index);
      }
      int p = pieceHolding(index);
      current = piece(p);
      currentStart = charStart(p);
      currentEnd = charEnd(blocks, p, length);
    }
    return current.charAt(index - currentStart);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    if (whole == null && start < end) {
      int p = pieceHolding(start);
      int pieceStart = charStart(p);
      if (end <= charEnd(blocks, p, length)) {
        return piece(p).substring(start - pieceStart, end - pieceStart);
      }
    }
    return toString().substring(start, end);
  }

  /** The whole text, decoded once. */
  @Override
  public String toString() {
    if (whole == null) {
      whole = new String(utf8, offset, byteEnds[byteEnds.length - 1], StandardCharsets.UTF_8);
    }
    return whole;
  }

  /** The piece holding char {@code index}: its block, or the stretch before the next block. */
  private int pieceHolding(int index) {
    if (index < 0 || index >= length) {
      throw new IndexOutOfBoundsException("index " + index + ", length " + length);
    }
    if (blocks.isEmpty()) {
      return 0;
    }
    int block = layout.blockAt(index);
    BlockLayout.Entry entry = blocks.get(block);
    if (index < entry.start()) {
      return 0;
    }
    // An empty block holds nothing: the stretch after it does.
    return index < entry.end() ? 2 * block + 1 : 2 * block + 2;
  }

  /** Where piece {@code p} starts, in chars. */
  private int charStart(int p) {
    return p == 0 ? 0 : charEnd(blocks, p - 1, length);
  }

  private String piece(int p) {
    if (decoded[p] == null) {
      int from = p == 0 ? 0 : byteEnds[p - 1];
      decoded[p] = new String(utf8, offset + from, byteEnds[p] - from, StandardCharsets.UTF_8);
    }
    return decoded[p];
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
