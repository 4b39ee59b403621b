package no.tolk.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The plain Lucene baseline: stock NorwegianAnalyzer and EnglishAnalyzer on per-language fields,
 * the classic query parser (OR) over all four fields, BM25 defaults.
 */
final class LuceneBaselineRanker implements Ranker {

  private static final String[] FIELDS = {"title_nb", "body_nb", "title_en", "body_en"};

  private final Analyzer analyzer;
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  LuceneBaselineRanker(List<EvalDocument> docs) throws IOException {
    Analyzer nb = new NorwegianAnalyzer();
    Analyzer en = new EnglishAnalyzer();
    analyzer = new PerFieldAnalyzerWrapper(new StandardAnalyzer(),
        Map.of("title_nb", nb, "body_nb", nb, "title_en", en, "body_en", en));
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (EvalDocument doc : docs) {
        Document d = new Document();
        d.add(new StringField("path", doc.path(), Field.Store.YES));
        d.add(new TextField("title_" + doc.lang(), doc.title(), Field.Store.NO));
        d.add(new TextField("body_" + doc.lang(), doc.body(), Field.Store.NO));
        writer.addDocument(d);
      }
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
  }

  @Override
  public String name() {
    return "Lucene";
  }

  @Override
  public List<String> search(String query, String lang, int k) {
    MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer);
    try {
      Query q = parser.parse(escapeAllButQuotes(query));
      List<String> paths = new ArrayList<>();
      for (ScoreDoc sd : searcher.search(q, k).scoreDocs) {
        paths.add(searcher.storedFields().document(sd.doc).get("path"));
      }
      return paths;
    } catch (ParseException e) {
      throw new IllegalArgumentException("baseline cannot parse query: " + query, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Users type "/etc/hosts" or "c++"; only phrase quotes are meant as syntax here. */
  private static String escapeAllButQuotes(String query) {
    String[] parts = query.split("\"", -1);
    if (parts.length % 2 == 0) {
      return QueryParser.escape(query); // an unclosed quote is just a character
    }
    StringBuilder out = new StringBuilder(QueryParser.escape(parts[0]));
    for (int i = 1; i < parts.length; i++) {
      out.append('"').append(QueryParser.escape(parts[i]));
    }
    return out.toString();
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
    analyzer.close();
  }
}
