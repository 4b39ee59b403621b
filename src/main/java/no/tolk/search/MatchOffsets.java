package no.tolk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import no.tolk.index.Fields;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Weight;

/**
 * Where a query matches in one field of one document, read from the offsets in the
 * postings: no re-analysis, and no cut-off however long the document is.
 */
final class MatchOffsets {

  /** A matched range [start, end) of the field's text. */
  record Range(int start, int end) {}

  private MatchOffsets() {}

  /** Where the query matches in a document's title and in its body. */
  record InDocument(List<Range> title, List<Range> body) {}

  /** No matches anywhere: a document viewed without a query. */
  static final InDocument NONE = new InDocument(List.of(), List.of());

  /** Whether the query matches the document at all. */
  static boolean matches(IndexSearcher searcher, Weight weight, int docId) throws IOException {
    return matchesIn(searcher, weight, docId) != null;
  }

  /** Sorted, merged ranges per field; empty where the query does not match. */
  static InDocument of(IndexSearcher searcher, Weight weight, int docId) throws IOException {
    // One call finds the matches in every field; each field is then read from it.
    Matches matches = matchesIn(searcher, weight, docId);
    return new InDocument(ranges(matches, Fields.TITLE), ranges(matches, Fields.BODY));
  }

  private static Matches matchesIn(IndexSearcher searcher, Weight weight, int docId)
      throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
    return weight.matches(leaf, docId - leaf.docBase);
  }

  private static List<Range> ranges(Matches matches, String field) throws IOException {
    if (matches == null) {
      return List.of();
    }
    MatchesIterator it = matches.getMatches(field);
    if (it == null) {
      return List.of();
    }
    List<Range> ranges = new ArrayList<>();
    while (it.next()) {
      if (it.startOffset() >= 0) {
        ranges.add(new Range(it.startOffset(), it.endOffset()));
      }
    }
    return merge(ranges);
  }

  static List<Range> merge(List<Range> ranges) {
    List<Range> sorted = new ArrayList<>(ranges);
    sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
        : Integer.compare(b.end(), a.end()));
    List<Range> merged = new ArrayList<>(sorted.size());
    for (Range range : sorted) {
      Range last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && range.start() < last.end()) {
        merged.set(merged.size() - 1, new Range(last.start(), Math.max(last.end(), range.end())));
      } else {
        merged.add(range);
      }
    }
    return merged;
  }
}
