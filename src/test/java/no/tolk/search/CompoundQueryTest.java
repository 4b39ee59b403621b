package no.tolk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The parts of a compound are sought apart only while the compound itself is rare. */
class CompoundQueryTest {

  static final Term COMPOUND = new Term("body", "tjenernettverk");
  static final Query APART = new TermQuery(new Term("body", "tjener"));

  @Test
  void a_rare_compound_is_also_sought_as_its_parts() throws IOException {
    Query rewritten = rewriteWith(CompoundQuery.PARTS_BELOW - 1);
    assertThat(rewritten).isInstanceOf(DisjunctionMaxQuery.class);
    assertThat(((DisjunctionMaxQuery) rewritten).getDisjuncts()).contains(APART);
  }

  @Test
  void a_compound_in_enough_documents_to_fill_every_page_is_sought_alone() throws IOException {
    assertThat(rewriteWith(CompoundQuery.PARTS_BELOW)).isEqualTo(new TermQuery(COMPOUND));
  }

  /** Rewrites the compound query over an index where the compound is in {@code documents}. */
  private static Query rewriteWith(int documents) throws IOException {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer()))) {
        for (int i = 0; i < documents; i++) {
          Document doc = new Document();
          doc.add(new StringField(COMPOUND.field(), COMPOUND.text(), Field.Store.NO));
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        Query compound = new TermQuery(COMPOUND);
        Query query = new CompoundQuery(compound, APART);
        return query.rewrite(new IndexSearcher(reader));
      }
    }
  }
}
