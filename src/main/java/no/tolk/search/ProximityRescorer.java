package no.tolk.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Adds the bonus for query words found close together to the best first-pass hits, and ranks them
 * again. Checking word positions is the costly part of a multi-word query; done for a few dozen
 * hits instead of every candidate, it no longer grows with the collection. Hits below the window
 * follow in their first-pass order, so every page of results is cut from the same ranking. A hit
 * just below the window could have climbed with the bonus; with a bonus worth half a word, that
 * is rare (the judged queries of {@code bin/eval} rank the same with a window of 30 or 300).
 */
final class ProximityRescorer {

  /** How many of the best first-pass hits are rescored. */
  static final int WINDOW = 30;

  /** Best score first, then the documents' stable ids, as the first pass ranks them. */
  private static final Comparator<FieldDoc> RANKING =
      Comparator.comparingDouble((FieldDoc hit) -> -hit.score)
          .thenComparingLong(hit -> (Long) hit.fields[1]);

  private ProximityRescorer() {}

  /**
   * {@code hits} as the first pass ranked them (sorted by score, then id); returns the first
   * {@link #WINDOW} with the bonus of {@code proximity} added, re-ranked the same way, and then
   * the rest as they were.
   */
  static ScoreDoc[] rescore(IndexSearcher searcher, ScoreDoc[] hits, Query proximity)
      throws IOException {
    int window = Math.min(WINDOW, hits.length);
    FieldDoc[] byDoc = new FieldDoc[window];
    for (int i = 0; i < window; i++) {
      FieldDoc hit = (FieldDoc) hits[i];
      float score = (Float) hit.fields[0];
      byDoc[i] = new FieldDoc(hit.doc, score, new Object[] {score, hit.fields[1]});
    }
    // A scorer only moves forward: visit the hits in index order.
    Arrays.sort(byDoc, Comparator.comparingInt(hit -> hit.doc));
    Weight weight =
        searcher.createWeight(searcher.rewrite(proximity), ScoreMode.COMPLETE, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = null;
    Scorer scorer = null;
    for (FieldDoc hit : byDoc) {
      if (leaf == null || hit.doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
        scorer = weight.scorer(leaf);
      }
      if (scorer == null) {
        continue;
      }
      int target = hit.doc - leaf.docBase;
      DocIdSetIterator matches = scorer.iterator();
      int at = matches.docID() < target ? matches.advance(target) : matches.docID();
      if (at == target) {
        hit.score += scorer.score();
        hit.fields[0] = hit.score;
      }
    }
    Arrays.sort(byDoc, RANKING);
    ScoreDoc[] ranked = Arrays.copyOf(hits, hits.length);
    System.arraycopy(byDoc, 0, ranked, 0, window);
    return ranked;
  }
}
