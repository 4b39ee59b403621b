package no.tolk.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import no.tolk.analysis.Language;
import no.tolk.ingest.Block;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;

/**
 * Where each block of a document lies in its body text, so hits can name their section
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

  /**
   * Writes the layout compactly: offsets as gaps from the previous block's end, a section only
   * where it changes (most blocks share their heading's).
   */
  void writeTo(DataOutput out) throws IOException {
    out.writeVInt(entries.size());
    int last = 0;
    String section = null;
    for (Entry e : entries) {
      out.writeByte((byte) e.kind().ordinal());
      out.writeByte((byte) e.level());
      out.writeByte((byte) e.language().ordinal());
      boolean same = e.section().equals(section);
      out.writeByte((byte) (same ? 1 : 0));
      if (!same) {
        out.writeString(e.section());
        section = e.section();
      }
      out.writeVInt(e.page());
      out.writeVInt(e.start() - last);
      out.writeVInt(e.end() - e.start());
      last = e.end();
    }
  }

  static BlockLayout readFrom(DataInput in) throws IOException {
    int count = in.readVInt();
    List<Entry> entries = new ArrayList<>(count);
    Block.Kind[] kinds = Block.Kind.values();
    Language[] languages = Language.values();
    int last = 0;
    String section = null;
    for (int i = 0; i < count; i++) {
      Block.Kind kind = kinds[in.readByte()];
      int level = in.readByte();
      Language language = languages[in.readByte()];
      if (in.readByte() == 0) {
        section = in.readString();
      }
      int page = in.readVInt();
      int start = last + in.readVInt();
      int end = start + in.readVInt();
      entries.add(new Entry(kind, level, language, section, page, start, end));
      last = end;
    }
    return new BlockLayout(entries);
  }
}
