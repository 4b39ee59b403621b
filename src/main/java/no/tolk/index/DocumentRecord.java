package no.tolk.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.tolk.analysis.Language;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * All that a hit and the document view show of one document, kept as one binary doc value
 * ({@link Fields#RECORD}). Not in stored fields: Lucene compresses those in blocks of many
 * documents, so reading one hit decompressed about 12 KB of other documents' text; at 1M
 * passages that was 44 µs a hit, where this record is read straight from the mapped file.
 */
public record DocumentRecord(
    String id,
    String path,
    String title,
    Language language,
    LocalDate date,
    String source,
    Map<String, String> metadata,
    BlockLayout layout,
    String body) {

  public DocumentRecord {
    // In the order written, as front matter lists them.
    metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }

  public BytesRef encode() {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput(body.length() + 512);
    try {
      out.writeString(id);
      out.writeString(path);
      out.writeString(title);
      out.writeByte((byte) language.ordinal());
      out.writeString(date == null ? "" : date.toString());
      out.writeString(source == null ? "" : source);
      out.writeVInt(metadata.size());
      for (Map.Entry<String, String> entry : metadata.entrySet()) {
        out.writeString(entry.getKey());
        out.writeString(entry.getValue());
      }
      layout.writeTo(out);
      // As writeString would, but through the JDK's encoder, several times faster on long text.
      byte[] text = body.getBytes(StandardCharsets.UTF_8);
      out.writeVInt(text.length);
      out.writeBytes(text, text.length);
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    return new BytesRef(out.toArrayCopy());
  }

  public static DocumentRecord decode(BytesRef bytes) {
    try {
      return decode(new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length));
    } catch (IOException e) {
      throw new IllegalStateException("corrupt document record", e);
    }
  }

  private static DocumentRecord decode(ByteArrayDataInput in) throws IOException {
    String id = in.readString();
    String path = in.readString();
    String title = in.readString();
    Language language = Language.values()[in.readByte()];
    String date = in.readString();
    String source = in.readString();
    int pairs = in.readVInt();
    Map<String, String> metadata = new LinkedHashMap<>();
    for (int i = 0; i < pairs; i++) {
      metadata.put(in.readString(), in.readString());
    }
    BlockLayout layout = BlockLayout.readFrom(in);
    String body = in.readString();
    return new DocumentRecord(
        id,
        path,
        title,
        language,
        date.isEmpty() ? null : LocalDate.parse(date),
        source.isEmpty() ? null : source,
        metadata,
        layout,
        body);
  }

  /** The record of document {@code docId} of {@code reader}. */
  public static DocumentRecord read(IndexReader reader, int docId) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
    BinaryDocValues records = leaf.reader().getBinaryDocValues(Fields.RECORD);
    if (records == null || !records.advanceExact(docId - leaf.docBase)) {
      throw new IllegalStateException("document " + docId + " has no record");
    }
    return decode(records.binaryValue());
  }
}
