package no.tolk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import no.tolk.index.Fields;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class MatchOffsetsTest {

  private static final FieldType WITH_OFFSETS = new FieldType();

  static {
    WITH_OFFSETS.setTokenized(true);
    WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    WITH_OFFSETS.freeze();
  }

  private static Document doc(String title, String body) {
    Document doc = new Document();
    doc.add(new Field(Fields.TITLE, title, WITH_OFFSETS));
    doc.add(new Field(Fields.BODY, body, WITH_OFFSETS));
    return doc;
  }

  /** Three segments, so a page spans them. */
  private static Directory index() throws Exception {
    Directory directory = new ByteBuffersDirectory();
    try (IndexWriter writer =
        new IndexWriter(
            directory,
            new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
      writer.addDocument(doc("Alpha", "alpha beta gamma delta beta"));
      writer.commit();
      writer.addDocument(doc("Nothing here", "no words of the query"));
      writer.addDocument(doc("Deltas", "beta then gamma, alpha alpha"));
      writer.commit();
      writer.addDocument(doc("Omega", "alpha and omega"));
    }
    return directory;
  }

  /** What the query's weight says of one document: the marks as they were found before. */
  private static MatchOffsets.InDocument byWeight(IndexSearcher searcher, Query query, int doc)
      throws Exception {
    Weight weight =
        searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    Matches matches = weight.matches(leaf, doc - leaf.docBase);
    return new MatchOffsets.InDocument(
        ranges(matches, Fields.TITLE), ranges(matches, Fields.BODY));
  }

  private static List<MatchOffsets.Range> ranges(Matches matches, String field) throws Exception {
    List<MatchOffsets.Range> ranges = new ArrayList<>();
    MatchesIterator it = matches == null ? null : matches.getMatches(field);
    while (it != null && it.next()) {
      ranges.add(new MatchOffsets.Range(it.startOffset(), it.endOffset()));
    }
    return MatchOffsets.merge(ranges);
  }

  private static final Query WORDS_PHRASE_AND_PREFIX =
      new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Fields.BODY, "alpha")), Occur.SHOULD)
          .add(new TermQuery(new Term(Fields.TITLE, "alpha")), Occur.SHOULD)
          .add(new PhraseQuery(Fields.BODY, "beta", "gamma"), Occur.SHOULD)
          .add(new PrefixQuery(new Term(Fields.TITLE, "delt")), Occur.SHOULD)
          .build();

  /** As a compound's parts written apart: both parts, or neither, count. */
  private static final Query WORD_OR_BOTH_PARTS =
      new DisjunctionMaxQuery(
          List.of(
              new TermQuery(new Term(Fields.BODY, "alpha")),
              new BooleanQuery.Builder()
                  .add(new TermQuery(new Term(Fields.BODY, "beta")), Occur.MUST)
                  .add(new TermQuery(new Term(Fields.BODY, "then")), Occur.MUST)
                  .build()),
          0f);

  private static final Query EXCLUDING =
      new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Fields.BODY, "alpha")), Occur.SHOULD)
          .add(new TermQuery(new Term(Fields.BODY, "omega")), Occur.MUST_NOT)
          .build();

  @Test
  void a_page_is_marked_word_by_word_with_phrases_and_prefixes_as_their_weights_mark_them()
      throws Exception {
    try (Directory directory = index();
        DirectoryReader reader = DirectoryReader.open(directory)) {
      assertThat(reader.leaves()).hasSize(3);
      IndexSearcher searcher = new IndexSearcher(reader);

      // Out of index order, as a ranking gives them.
      MatchOffsets.InDocument[] found =
          MatchOffsets.Finder.of(searcher, WORDS_PHRASE_AND_PREFIX)
              .in(searcher, new int[] {2, 0, 1});

      // "beta" and "gamma" apart are no match: only the phrase is.
      assertThat(found[0].body())
          .containsExactly(new MatchOffsets.Range(17, 22), new MatchOffsets.Range(23, 28));
      assertThat(found[0].title()).containsExactly(new MatchOffsets.Range(0, 6));
      assertThat(found[1].body())
          .containsExactly(new MatchOffsets.Range(0, 5), new MatchOffsets.Range(6, 16));
      assertThat(found[1].title()).containsExactly(new MatchOffsets.Range(0, 5));
      assertThat(found[2].body()).isEmpty();
      assertThat(found[2].title()).isEmpty();
      assertThat(MatchOffsets.Finder.NOTHING.in(searcher, new int[] {0})[0].body()).isEmpty();
    }
  }

  @Test
  void words_that_count_only_together_are_marked_only_where_they_are_together() throws Exception {
    try (Directory directory = index();
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);

      MatchOffsets.InDocument[] found =
          MatchOffsets.Finder.of(searcher, WORD_OR_BOTH_PARTS).in(searcher, new int[] {0, 2});

      // Document 0 has "beta" but not "then": only "alpha" is marked.
      assertThat(found[0].body()).containsExactly(new MatchOffsets.Range(0, 5));
      assertThat(found[1].body()).hasSize(4);
    }
  }

  @Test
  void every_document_is_marked_as_the_query_weight_marks_it() throws Exception {
    try (Directory directory = index();
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      int[] page = {3, 2, 0, 1};
      for (Query query : List.of(WORDS_PHRASE_AND_PREFIX, WORD_OR_BOTH_PARTS, EXCLUDING)) {
        MatchOffsets.InDocument[] found = MatchOffsets.Finder.of(searcher, query).in(searcher, page);
        for (int i = 0; i < page.length; i++) {
          assertThat(found[i]).as(query + " in " + page[i])
              .isEqualTo(byWeight(searcher, query, page[i]));
        }
      }
    }
  }
}
