package no.tolk.bench;

import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import no.tolk.analysis.Language;
import no.tolk.analysis.LanguageDetector;
import no.tolk.ingest.Block;
import no.tolk.ingest.MarkdownReader;

/**
 * Cost of per-block language detection, the largest share of indexing time: Tolk's detector as
 * it is, on the first 300 characters only, and Lingua's low-accuracy mode; with agreement.
 *
 * <p>Usage: {@code LanguageDetectionProbe CORPUS FILES}
 */
final class LanguageDetectionProbe {

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    List<String> blocks = new ArrayList<>();
    MarkdownReader reader = new MarkdownReader();
    for (int i = 0; i < Integer.parseInt(args[1]); i++) {
      Path file = CorpusGenerator.path(corpus, i);
      for (Block b : reader.read(file, corpus.relativize(file).toString()).blocks()) {
        blocks.add(b.text());
      }
    }
    long chars = blocks.stream().mapToLong(String::length).sum();
    LanguageDetector tolk = new LanguageDetector();
    var low = LanguageDetectorBuilder.fromLanguages(
        com.github.pemistahl.lingua.api.Language.BOKMAL,
        com.github.pemistahl.lingua.api.Language.NYNORSK,
        com.github.pemistahl.lingua.api.Language.ENGLISH).withLowAccuracyMode().build();
    List<Optional<Language>> reference = time("as is", blocks, chars, tolk::detectLongEnough, null);
    time("first 300 chars", blocks, chars,
        t -> tolk.detectLongEnough(t.length() > 300 ? t.substring(0, 300) : t), reference);
    time("lingua low accuracy", blocks, chars, t -> Optional.of(
        switch (low.detectLanguageOf(t)) {
          case ENGLISH -> Language.EN;
          case NYNORSK -> Language.NN;
          default -> Language.NB;
        }), reference);
  }

  private static List<Optional<Language>> time(String name, List<String> blocks, long chars,
      Function<String, Optional<Language>> detect, List<Optional<Language>> reference) {
    blocks.stream().limit(200).forEach(detect::apply); // warm up
    long start = System.nanoTime();
    List<Optional<Language>> out = blocks.stream().map(detect).toList();
    double seconds = (System.nanoTime() - start) / 1e9;
    int agree = 0;
    for (int i = 0; reference != null && i < out.size(); i++) {
      agree += out.get(i).isEmpty() || reference.get(i).isEmpty()
          || out.get(i).equals(reference.get(i)) ? 1 : 0;
    }
    System.out.printf("%-20s %6d blocks %.2f MB/s%s%n", name, blocks.size(), chars / 1e6 / seconds,
        reference == null ? "" : "  agrees on %.1f%%".formatted(100.0 * agree / out.size()));
    return out;
  }
}
