package no.tolk.analysis;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.no.NorwegianMinimalStemFilter;

/** Layered analyzer for Norwegian: Bokmål or Nynorsk inflection rules, Norwegian stop words. */
public final class NorwegianLayeredAnalyzer extends LayeredAnalyzer {

  // NorwegianLightStemmer's variant flags are package-private; these are their values.
  private static final int BOKMAAL = 1;
  private static final int NYNORSK = 2;

  private final int variant;

  public NorwegianLayeredAnalyzer(Language language) {
    super(language, NorwegianAnalyzer.getDefaultStopSet());
    if (!language.isNorwegian()) {
      throw new IllegalArgumentException("not a Norwegian variant: " + language);
    }
    this.variant = language == Language.NN ? NYNORSK : BOKMAAL;
  }

  @Override
  protected TokenStream normalizeWords(TokenStream words) {
    return new LowerCaseFilter(words);
  }

  @Override
  protected TokenStream stem(TokenStream words) {
    // missiler, missilene -> missil; luftforsvaret -> luftforsvar
    return new NorwegianMinimalStemFilter(words, variant);
  }
}
