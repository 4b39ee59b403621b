package no.tolk.analysis;

import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tells Bokmål, Nynorsk and English apart, from a two-word query to a whole document. Backed by
 * Lingua's n-gram models for just these three languages (small, and best on short text).
 */
public final class LanguageDetector {

  private static final com.github.pemistahl.lingua.api.Language[] LINGUA_LANGUAGES = {
    com.github.pemistahl.lingua.api.Language.BOKMAL,
    com.github.pemistahl.lingua.api.Language.NYNORSK,
    com.github.pemistahl.lingua.api.Language.ENGLISH
  };

  /** Below this many letters a guess is no better than the document's own language. */
  private static final int MIN_LETTERS = 20;

  /** Shorter queries carry too little to tell their language. */
  private static final int MIN_QUERY_LETTERS = 4;

  /** How far ahead (relative to the best) one side must be for a query to count as clear. */
  private static final double CLEAR_MARGIN = 0.1;

  /** Bokmål's relative score must fall below this before a text is taken for Nynorsk. */
  private static final double NYNORSK_MARGIN = 0.9;

  /** Above this length the trigram models alone are as accurate as all of them (Lingua's docs). */
  private static final int LONG_TEXT = 120;

  /** Most of a text the models read. */
  private static final int SAMPLE = 500;

  private final com.github.pemistahl.lingua.api.LanguageDetector lingua =
      LanguageDetectorBuilder.fromLanguages(LINGUA_LANGUAGES).build();

  private final com.github.pemistahl.lingua.api.LanguageDetector linguaLongText =
      LanguageDetectorBuilder.fromLanguages(LINGUA_LANGUAGES).withLowAccuracyMode().build();

  /** True once the models are in memory. */
  private volatile boolean warm;

  private final CountDownLatch ready = new CountDownLatch(1);

  private final AtomicBoolean loading = new AtomicBoolean();

  /**
   * Starts loading the n-gram models on a thread of their own (they take about half a second of
   * CPU), unless that has begun. Not done on construction: a server starting up has better use
   * for its cores, and a query before the models are in asks for them and does without.
   */
  public void loadModels() {
    if (loading.compareAndSet(false, true)) {
      Thread.ofPlatform()
          .daemon()
          .name("tolk-language-models")
          .start(() -> {
            lingua.computeLanguageConfidenceValues("warm up the models");
            warm = true;
            ready.countDown();
          });
    }
  }

  /**
   * Waits until the models are in memory, so every query after it is read the same way (an
   * evaluation needs that; a server does not wait).
   */
  public void awaitModels() throws InterruptedException {
    loadModels();
    ready.await();
  }

  /** The most likely language of {@code text}, or empty if it has no letters at all. */
  public Optional<Language> detect(String text) {
    if (letters(text) == 0) {
      return Optional.empty();
    }
    // A paragraph's opening says which language it is in; reading on costs time and adds little.
    String sample = text.length() > SAMPLE ? text.substring(0, text.lastIndexOf(' ', SAMPLE) + 1) : text;
    Map<com.github.pemistahl.lingua.api.Language, Double> confidence =
        (sample.length() > LONG_TEXT ? linguaLongText : lingua)
            .computeLanguageConfidenceValues(sample.isBlank() ? text : sample);
    return Optional.of(decide(confidence));
  }

  /** The language Lingua's relative scores point to. */
  private static Language decide(Map<com.github.pemistahl.lingua.api.Language, Double> confidence) {
    double nb = confidence.getOrDefault(com.github.pemistahl.lingua.api.Language.BOKMAL, 0.0);
    double nn = confidence.getOrDefault(com.github.pemistahl.lingua.api.Language.NYNORSK, 0.0);
    double en = confidence.getOrDefault(com.github.pemistahl.lingua.api.Language.ENGLISH, 0.0);
    // Lingua scores relative to the best language (which gets 1.0), not as probabilities.
    if (en >= nb && en >= nn) {
      return Language.EN;
    }
    // Bokmål and Nynorsk share most words; call it Nynorsk only when Bokmål is clearly behind.
    return nn > nb && nb < NYNORSK_MARGIN ? Language.NN : Language.NB;
  }

  /**
   * The language of a query when the words tell it clearly: "hvordan installere skriver" is
   * Norwegian; "Maduro" or "pxe" could be either, and is left undecided.
   */
  public Optional<Language> detectClearly(String text) {
    // A query's language only orders equals: the first queries after start-up do without it
    // rather than wait for the models.
    if (!warm) {
      loadModels();
      return Optional.empty();
    }
    if (letters(text) < MIN_QUERY_LETTERS) {
      return Optional.empty();
    }
    Map<com.github.pemistahl.lingua.api.Language, Double> confidence =
        lingua.computeLanguageConfidenceValues(text);
    double en = confidence.getOrDefault(com.github.pemistahl.lingua.api.Language.ENGLISH, 0.0);
    double norwegian =
        Math.max(
            confidence.getOrDefault(com.github.pemistahl.lingua.api.Language.BOKMAL, 0.0),
            confidence.getOrDefault(com.github.pemistahl.lingua.api.Language.NYNORSK, 0.0));
    if (Math.abs(en - norwegian) < CLEAR_MARGIN) {
      return Optional.empty();
    }
    // Already read by the models, on the whole query: no need to read it twice.
    return Optional.of(decide(confidence));
  }

  /**
   * The language of a piece of text when it is long enough to tell; a heading or a name alone is
   * better judged by the document it stands in.
   */
  public Optional<Language> detectLongEnough(String text) {
    return detectLongEnough(text, null);
  }

  /**
   * As {@link #detectLongEnough(String)}, in a document written in {@code expected} (null if not
   * known): a short text whose few function words all agree with the document is taken to be in
   * its language without asking the models; disagreement goes to the models.
   */
  public Optional<Language> detectLongEnough(String text, Language expected) {
    if (letters(text) < MIN_LETTERS) {
      return Optional.empty();
    }
    // Most paragraphs give themselves away by their function words, at a fraction of the cost.
    FunctionWords.Tally tally = FunctionWords.tally(text);
    Optional<Language> obvious = tally.decided();
    if (obvious.isPresent()) {
      return obvious;
    }
    if (expected != null && tally.leansTo(expected)) {
      return Optional.of(expected);
    }
    return detect(text);
  }

  /** The language of a text by its function words alone, when they leave no doubt. */
  public Optional<Language> detectByWords(String text) {
    return letters(text) < MIN_LETTERS ? Optional.empty() : FunctionWords.vote(text);
  }

  private static int letters(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        count++;
      }
    }
    return count;
  }
}
