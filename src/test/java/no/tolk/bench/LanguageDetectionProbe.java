package no.tolk.bench;

import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * <p>Usage: {@code LanguageDetectionProbe CORPUS FILES}, or {@code manuals 0} for real text
 */
final class LanguageDetectionProbe {

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    List<String> blocks = new ArrayList<>();
    MarkdownReader reader = new MarkdownReader();
    if (args[0].equals("manuals")) { // real text: the Debian Edu manuals' paragraphs, nb and en
      for (String lang : List.of("en", "nb-no")) {
        org.jsoup.Jsoup.parse(Path.of("/usr/share/doc/debian-edu-doc-" + lang
            + "/debian-edu-bookworm-manual.html").toFile(), "UTF-8").select("p, li:not(:has(p))")
            .forEach(e -> blocks.add(e.text()));
      }
    }
    for (int i = 0; !args[0].equals("manuals") && i < Integer.parseInt(args[1]); i++) {
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
    time("function words first", blocks, chars,
        t -> functionWords(t).or(() -> tolk.detectLongEnough(t)), reference);
  }

  private static final java.util.Set<String> NB = java.util.Set.of("og", "er", "til", "det",
      "som", "en", "et", "på", "med", "ikke", "du", "av", "den", "å", "kan", "har", "vil", "eller",
      "fra", "må", "skal", "ved", "der", "denne", "dette", "hvis", "jeg", "vi", "seg", "også");
  private static final java.util.Set<String> EN = java.util.Set.of("the", "and", "is", "to",
      "of", "a", "in", "it", "you", "be", "are", "with", "this", "that", "can", "will", "or",
      "from", "by", "on", "if", "not", "an", "as", "for", "which", "was", "have", "has", "your");

  /**
   * A vote of function words, decided only when clear (at least 3 on one side and 3 times the
   * other); Nynorsk is left to Lingua, so a clear Norwegian vote goes on to Lingua when
   * Nynorsk forms ("ikkje", "eg") show.
   */
  static Optional<Language> functionWords(String text) {
    int nb = 0;
    int en = 0;
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        if (i - start <= 5) {
          String w = text.substring(start, i).toLowerCase(java.util.Locale.ROOT);
          if (w.equals("ikkje") || w.equals("eg") || w.equals("frå") || w.equals("kva")) {
            return Optional.empty();
          }
          nb += NB.contains(w) ? 1 : 0;
          en += EN.contains(w) ? 1 : 0;
        }
        start = -1;
      }
    }
    if (nb >= 3 && nb >= 3 * en) {
      return Optional.of(Language.NB);
    }
    return en >= 3 && en >= 3 * nb ? Optional.of(Language.EN) : Optional.empty();
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
    System.out.printf(Locale.ROOT, "%-20s %6d blocks %.2f MB/s%s%n", name, blocks.size(), chars / 1e6 / seconds,
        reference == null ? "" : String.format(Locale.ROOT, "  agrees on %.1f%%", 100.0 * agree / out.size()));
    return out;
  }
}
