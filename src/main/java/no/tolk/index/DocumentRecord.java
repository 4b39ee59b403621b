package no.tolk.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.tolk.analysis.Language;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * All that a hit and the document view show of one document, kept as one value. Up to {@link
 * #IN_DOC_VALUES} bytes it is a binary doc value ({@link Fields#RECORD}): Lucene's stored fields
 * compress blocks of many documents, so reading one hit decompressed about 12 KB of other
 * documents' text, 44 µs a hit at 1M passages, where the doc value is read straight from the
 * mapped file. A larger record is a stored field ({@link Fields#LARGE_RECORD}): reading a binary
 * doc value allocates a buffer as long as the longest value in the segment.
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
    BodyText body) {

  /** The longest record kept in doc values; longer ones are stored. */
  public static final int IN_DOC_VALUES = 64 * 1024;

  private static final Set<String> STORED = Set.of(Fields.LARGE_RECORD);

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
      body.writeTo(out);
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    return new BytesRef(out.toArrayCopy());
  }

  public static DocumentRecord decode(BytesRef bytes) {
    try {
      return decode(bytes.bytes, new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length));
    } catch (IOException e) {
      throw new IllegalStateException("corrupt document record", e);
    }
  }

  private static DocumentRecord decode(byte[] bytes, ByteArrayDataInput in) throws IOException {
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
    BodyText body = BodyText.readFrom(in, bytes, layout);
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

  /** The field that keeps this record in a Lucene document. */
  public IndexableField field() {
    BytesRef bytes = encode();
    return bytes.length <= IN_DOC_VALUES
        ? new BinaryDocValuesField(Fields.RECORD, bytes)
        : new StoredField(Fields.LARGE_RECORD, bytes);
  }

  /** The record of document {@code docId} of {@code reader}. */
  public static DocumentRecord read(IndexReader reader, int docId) throws IOException {
    return readAll(reader, new int[] {docId})[0];
  }

  /**
   * The records of {@code docIds}, in that order. Read in index order, one doc values iterator
   * per segment: each allocates a buffer for the segment's longest record.
   */
  public static DocumentRecord[] readAll(IndexReader reader, int[] docIds) throws IOException {
    Integer[] order = new Integer[docIds.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingInt(i -> docIds[i]));
    DocumentRecord[] records = new DocumentRecord[docIds.length];
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = null;
    BinaryDocValues values = null;
    for (int i : order) {
      int docId = docIds[i];
      if (leaf == null || docId >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
        values = leaf.reader().getBinaryDocValues(Fields.RECORD);
      }
      int doc = docId - leaf.docBase;
      // The doc values iterator reuses its buffer, and a body is decoded after: copy.
      BytesRef bytes =
          values != null && values.advanceExact(doc)
              ? BytesRef.deepCopyOf(values.binaryValue())
              : leaf.reader().storedFields().document(doc, STORED).getBinaryValue(
                  Fields.LARGE_RECORD);
      if (bytes == null) {
        throw new IllegalStateException("document " + docId + " has no record");
      }
      records[i] = decode(bytes);
    }
    return records;
  }
}
