package no.tolk.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import no.tolk.analysis.Language;
import no.tolk.index.BlockLayout;
import no.tolk.index.Fields;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;

/** The stored fields of one indexed document, read back into types. */
record StoredDocument(
    String id,
    String path,
    String title,
    String body,
    BlockLayout layout,
    Language language,
    String source,
    LocalDate date,
    Map<String, String> metadata) {

  static StoredDocument load(IndexSearcher searcher, int docId) throws IOException {
    return load(searcher.storedFields(), docId);
  }

  /** Reads with {@code fields}, which a caller reading several documents can reuse. */
  static StoredDocument load(StoredFields fields, int docId) throws IOException {
    Document doc = fields.document(docId);
    Map<String, String> metadata = new LinkedHashMap<>();
    for (IndexableField field : doc.getFields(Fields.METADATA)) {
      String[] pair = field.stringValue().split("\t", 2);
      metadata.put(pair[0], pair.length > 1 ? pair[1] : "");
    }
    String date = doc.get(Fields.DATE);
    return new StoredDocument(
        doc.get(Fields.ID),
        doc.get(Fields.PATH),
        doc.get(Fields.TITLE),
        doc.get(Fields.BODY),
        BlockLayout.decode(doc.getBinaryValue(Fields.LAYOUT)),
        Language.fromCode(doc.get(Fields.LANGUAGE)).orElse(Language.EN),
        doc.get(Fields.SOURCE),
        date == null ? null : LocalDate.parse(date),
        metadata);
  }
}
