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
import org.apache.lucene.util.BytesRef;

/**
 * Adds the bonus for query words found close together to the best first-pass hits, and ranks them
 * again. Checking word positions is the costly part of a multi-word query; done for a hundred hits
 * instead of every candidate, it no longer grows with the collection. A hit ranked below the
 * window in the first pass could have climbed with the bonus; with a bonus worth half a word, that
 * is rare and it stays where it was.
 */
final class ProximityRescorer {

  /** How many first-pass hits are rescored (more when a deeper page asks for more). */
  static final int WINDOW = 100;

  /** Best score first, then the documents' stable ids, as the first pass ranks them. */
  private static final Comparator<FieldDoc> RANKING =
      Comparator.comparingDouble((FieldDoc hit) -> -hit.score)
          .thenComparing(hit -> (BytesRef) hit.fields[1]);

  private ProximityRescorer() {}

  /**
   * {@code hits} as the first pass ranked them (sorted by score, then id); returns them with the
   * bonus of {@code proximity} added, re-ranked the same way.
   */
  static ScoreDoc[] rescore(IndexSearcher searcher, ScoreDoc[] hits, Query proximity)
      throws IOException {
    FieldDoc[] byDoc = new FieldDoc[hits.length];
    for (int i = 0; i < hits.length; i++) {
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
    return byDoc;
  }
}
