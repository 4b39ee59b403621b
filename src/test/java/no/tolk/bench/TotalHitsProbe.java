package no.tolk.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import no.tolk.analysis.Analyzers;
import no.tolk.analysis.LanguageDetector;
import no.tolk.index.WordLengthSimilarity;
import no.tolk.search.QueryFactory;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;

/**
 * Cost of the top-10 collection alone (no snippets) with an exact total hit count, as
 * SearchService asks for today, against Lucene's default of counting exactly only up to 1,000
 * (which lets block-max WAND skip documents that cannot make the top 10); same top 10 checked.
 *
 * <p>Usage: {@code TotalHitsProbe INDEX QUERIES PASSES}
 */
final class TotalHitsProbe {

  public static void main(String[] args) throws Exception {
    List<Query> queries = Query.load(Path.of(args[1]));
    int passes = Integer.parseInt(args[2]);
    try (Analyzers analyzers = new Analyzers();
        var directory = FSDirectory.open(Path.of(args[0]));
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = WordLengthSimilarity.SEARCHERS.newSearcher(reader, null);
      QueryFactory factory = new QueryFactory(analyzers, new LanguageDetector());
      List<org.apache.lucene.search.Query> built = queries.stream()
          .map(q -> factory.build(q.text()).query()).filter(q -> q != null).toList();
      int same = 0;
      for (int threshold : new int[] {Integer.MAX_VALUE, 1000, Integer.MAX_VALUE, 1000}) {
        Latencies l = new Latencies();
        for (int pass = 0; pass <= passes; pass++) {
          for (org.apache.lucene.search.Query q : built) {
            long start = System.nanoTime();
            TopDocs top = searcher.search(q, new TopScoreDocCollectorManager(10, threshold));
            long took = System.nanoTime() - start;
            if (pass > 0) {
              l.add(took);
            }
            if (pass == 0 && threshold == 1000) {
              TopDocs exact = searcher.search(q, new TopScoreDocCollectorManager(10,
                  Integer.MAX_VALUE));
              same += java.util.Arrays.equals(
                  java.util.Arrays.stream(exact.scoreDocs).mapToInt(d -> d.doc).toArray(),
                  java.util.Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray()) ? 1 : 0;
            }
          }
        }
        System.out.printf(Locale.ROOT, "totalHitsThreshold %-10d p50 %6.2f  p95 %6.2f  p99 %6.2f ms%n",
            threshold, l.percentileMs(50), l.percentileMs(95), l.percentileMs(99));
      }
      System.out.printf(Locale.ROOT, "same top 10 ids: %d of %d checks%n", same, built.size() * 2);
    }
  }
}
