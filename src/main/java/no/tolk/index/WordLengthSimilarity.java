package no.tolk.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.SmallFloat;

/**
 * BM25 with the average document length counted in words, as each document's own length is.
 * Lucene's average divides all indexed terms by the documents, and a layered field stacks several
 * terms on every word, so every document would look a fraction of the average length and length
 * normalisation would all but vanish.
 */
public final class WordLengthSimilarity extends BM25Similarity {

  /** Makes searchers that score with the average length of their own snapshot of the index. */
  public static final SearcherFactory SEARCHERS =
      new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
            throws IOException {
          IndexSearcher searcher = new IndexSearcher(reader);
          searcher.setSimilarity(WordLengthSimilarity.of(reader));
          return searcher;
        }
      };

  private final Map<String, Float> averageWords;

  private WordLengthSimilarity(Map<String, Float> averageWords) {
    this.averageWords = Map.copyOf(averageWords);
  }

  /** Measures the average length in words of the layered fields from the norms of {@code reader}. */
  public static WordLengthSimilarity of(IndexReader reader) throws IOException {
    Map<String, Float> averages = new HashMap<>();
    for (String field : List.of(Fields.BODY, Fields.TITLE)) {
      double words = 0;
      long docs = 0;
      for (LeafReaderContext leaf : reader.leaves()) {
        NumericDocValues norms = leaf.reader().getNormValues(field);
        Bits live = leaf.reader().getLiveDocs();
        if (norms == null) {
          continue;
        }
        for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
          if (live == null || live.get(doc)) {
            // BM25 encodes the length (in positions) as one byte.
            words += SmallFloat.byte4ToInt((byte) norms.longValue());
            docs++;
          }
        }
      }
      if (docs > 0) {
        averages.put(field, (float) Math.max(1.0, words / docs));
      }
    }
    return new WordLengthSimilarity(averages);
  }

  @Override
  protected float avgFieldLength(CollectionStatistics stats) {
    Float words = averageWords.get(stats.field());
    return words != null ? words : super.avgFieldLength(stats);
  }
}
