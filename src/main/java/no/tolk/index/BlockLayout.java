package no.tolk.index;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import no.tolk.analysis.Language;
import no.tolk.ingest.Block;
import org.apache.lucene.util.BytesRef;

/**
 * Where each block of a document lies in the stored body text, so hits can name their section
 * and the document view can rebuild headings and paragraphs from the index alone.
 */
public record BlockLayout(List<Entry> entries) {

  /** One block: its kind, level, language, section, page (0 if none) and [start, end) in the body. */
  public record Entry(
      Block.Kind kind,
      int level,
      Language language,
      String section,
      int page,
      int start,
      int end) {}

  public BlockLayout {
    entries = List.copyOf(entries);
  }

  /** Index of the block containing body offset {@code offset} (the nearest one before a gap). */
  public int blockAt(int offset) {
    int low = 0;
    int high = entries.size() - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (entries.get(mid).start() <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  public BytesRef encode() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(entries.size() * 24);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(entries.size());
      for (Entry e : entries) {
        out.writeByte(e.kind().ordinal());
        out.writeByte(e.level());
        out.writeByte(e.language().ordinal());
        out.writeUTF(e.section());
        out.writeInt(e.page());
        out.writeInt(e.start());
        out.writeInt(e.end());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return new BytesRef(bytes.toByteArray());
  }

  public static BlockLayout decode(BytesRef stored) {
    try (DataInputStream in =
        new DataInputStream(
            new java.io.ByteArrayInputStream(stored.bytes, stored.offset, stored.length))) {
      int count = in.readInt();
      List<Entry> entries = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        Block.Kind kind = Block.Kind.values()[in.readByte()];
        int level = in.readByte();
        Language language = Language.values()[in.readByte()];
        String section = in.readUTF();
        entries.add(new Entry(kind, level, language, section, in.readInt(), in.readInt(), in.readInt()));
      }
      return new BlockLayout(entries);
    } catch (IOException e) {
      throw new UncheckedIOException("corrupt block layout", e);
    }
  }
}
