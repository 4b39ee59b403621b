package no.tolk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.tolk.analysis.Analyzers;
import no.tolk.analysis.Language;
import no.tolk.analysis.LanguageDetector;
import no.tolk.index.Indexer;
import no.tolk.ingest.Block;
import no.tolk.ingest.MarkdownReader;
import no.tolk.ingest.SourceDocument;
import org.apache.lucene.analysis.TokenStream;

/**
 * Where indexing time goes, stage by stage on the same files in one process (so the machine's
 * load weighs on all alike): parsing, per-block language detection, analysis, the whole indexer.
 *
 * <p>Usage: {@code IndexingProbe CORPUS FILES}
 */
final class IndexingProbe {

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    int files = Integer.parseInt(args[1]);
    Path sample = Files.createTempDirectory("tolk-probe-corpus");
    Path index = Files.createTempDirectory("tolk-probe-index");
    long bytes = 0;
    for (int i = 0; i < files; i++) {
      Path to = CorpusGenerator.path(sample, i);
      Files.createDirectories(to.getParent());
      Files.copy(CorpusGenerator.path(corpus, i), to);
      bytes += Files.size(to);
    }
    Analyzers analyzers = new Analyzers();
    LanguageDetector detector = new LanguageDetector();
    detector.detect("warm up the language models");
    MarkdownReader reader = new MarkdownReader();
    for (int round = 0; round < 2; round++) { // round 0 warms up
      long t = System.nanoTime();
      List<SourceDocument> docs = new ArrayList<>();
      for (int i = 0; i < files; i++) {
        Path file = CorpusGenerator.path(sample, i);
        docs.add(reader.read(file, sample.relativize(file).toString()));
      }
      t = lap(round, "read + parse Markdown", t, bytes);
      for (SourceDocument doc : docs) {
        for (Block block : doc.blocks()) {
          detector.detectLongEnough(block.text());
        }
      }
      t = lap(round, "language detection per block", t, bytes);
      for (SourceDocument doc : docs) {
        Language lang = Language.fromLocale(doc.declaredLanguage()).orElse(Language.EN);
        for (Block block : doc.blocks()) {
          try (TokenStream tokens = analyzers.forLanguage(lang).tokenStream("body", block.text())) {
            tokens.reset();
            while (tokens.incrementToken()) {
              // consume: the analysis chain does the work
            }
            tokens.end();
          }
        }
      }
      t = lap(round, "analysis (body, declared language)", t, bytes);
      TolkBench.deleteTree(index);
      new Indexer(analyzers, detector).update(sample, index);
      lap(round, "whole Indexer.update", t, bytes);
    }
    TolkBench.deleteTree(sample);
    TolkBench.deleteTree(index);
    analyzers.close();
  }

  private static long lap(int round, String what, long since, long bytes) {
    long now = System.nanoTime();
    if (round > 0) {
      System.out.printf(Locale.ROOT, "%-38s %7d ms %7.2f MB/s%n", what, (now - since) / 1_000_000,
          bytes / 1e6 / ((now - since) / 1e9));
    }
    return now;
  }
}
