package no.tolk.search;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
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

  @Test
  void a_page_is_marked_word_by_word_with_phrases_and_prefixes_as_their_weights_mark_them()
      throws Exception {
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer =
          new IndexWriter(
              directory,
              new IndexWriterConfig(new StandardAnalyzer())
                  .setMergePolicy(NoMergePolicy.INSTANCE))) {
        // Three segments, so a page spans them.
        writer.addDocument(doc("Alpha", "alpha beta gamma delta beta"));
        writer.commit();
        writer.addDocument(doc("Nothing here", "no words of the query"));
        writer.addDocument(doc("Deltas", "beta then gamma, alpha alpha"));
        writer.commit();
        writer.addDocument(doc("Omega", "alpha and omega"));
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertThat(reader.leaves()).hasSize(3);
        IndexSearcher searcher = new IndexSearcher(reader);
        Query query =
            new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.BODY, "alpha")), Occur.SHOULD)
                .add(new TermQuery(new Term(Fields.TITLE, "alpha")), Occur.SHOULD)
                .add(new PhraseQuery(Fields.BODY, "beta", "gamma"), Occur.SHOULD)
                .add(new PrefixQuery(new Term(Fields.TITLE, "delt")), Occur.SHOULD)
                .add(new TermQuery(new Term(Fields.BODY, "omega")), Occur.MUST_NOT)
                .build();

        // Out of index order, as a ranking gives them.
        MatchOffsets.InDocument[] found =
            MatchOffsets.Finder.of(searcher, query).in(searcher, new int[] {2, 0, 1});

        // "beta" and "gamma" apart are no match: only the phrase is.
        assertThat(found[0].body())
            .containsExactly(new MatchOffsets.Range(17, 22), new MatchOffsets.Range(23, 28));
        assertThat(found[0].title()).containsExactly(new MatchOffsets.Range(0, 6));
        assertThat(found[1].body())
            .containsExactly(new MatchOffsets.Range(0, 5), new MatchOffsets.Range(6, 16));
        assertThat(found[1].title()).containsExactly(new MatchOffsets.Range(0, 5));
        assertThat(found[2].body()).isEmpty();
        assertThat(found[2].title()).isEmpty();
        // Excluded words mark nothing, even where they occur.
        assertThat(MatchOffsets.Finder.of(searcher, query).in(searcher, new int[] {3})[0].body())
            .containsExactly(new MatchOffsets.Range(0, 5));
        assertThat(MatchOffsets.Finder.NOTHING.in(searcher, new int[] {0})[0].body()).isEmpty();
      }
    }
  }
}
