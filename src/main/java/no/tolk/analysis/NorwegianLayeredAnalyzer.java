package no.tolk.analysis;

import java.util.Optional;
import java.util.function.Supplier;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.no.NorwegianMinimalStemFilter;

/** Layered analyzer for Norwegian: Bokmål or Nynorsk inflection rules, Norwegian stop words. */
public final class NorwegianLayeredAnalyzer extends LayeredAnalyzer {

  // NorwegianLightStemmer's variant flags are package-private; these are their values.
  private static final int BOKMAAL = 1;
  private static final int NYNORSK = 2;

  private final int variant;

  /** Uses the shared system dictionary of the language's written standard, if installed. */
  public NorwegianLayeredAnalyzer(Language language) {
    this(language, () -> NorwegianDictionary.shared(language));
  }

  /** {@code dictionary} is asked for on first use, so constructing the analyzer is cheap. */
  public NorwegianLayeredAnalyzer(
      Language language, Supplier<Optional<NorwegianDictionary>> dictionary) {
    super(language, NorwegianAnalyzer.getDefaultStopSet());
    if (!language.isNorwegian()) {
      throw new IllegalArgumentException("not a Norwegian variant: " + language);
    }
    this.variant = language == Language.NN ? NYNORSK : BOKMAAL;
    this.dictionary = dictionary;
  }

  private final Supplier<Optional<NorwegianDictionary>> dictionary;

  private Optional<CompoundSplitter> splitter() {
    return dictionary.get().map(CompoundSplitter::of);
  }

  @Override
  protected TokenStream decompose(TokenStream layered) {
    // missilenheter -> + PART missil, PART enhet
    return splitter().<TokenStream>map(s -> new CompoundPartsFilter(layered, s)).orElse(layered);
  }

  @Override
  protected TokenStream normalizeWords(TokenStream words) {
    return words;
  }

  @Override
  protected TokenStream stem(TokenStream words) {
    // Dictionary lemmas first (enheter -> enhet, huset -> hus), rules for unknown words
    // (missilene -> missil).
    TokenStream lemmatised =
        splitter()
            .<TokenStream>map(s -> new NorwegianLemmaFilter(words, s, stopWords()))
            .orElse(words);
    return new NorwegianMinimalStemFilter(lemmatised, variant);
  }
}
