package no.tolk.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;

/** Layered analyzer for English: possessives dropped, Porter stems, English stop words. */
public final class EnglishLayeredAnalyzer extends LayeredAnalyzer {

  public EnglishLayeredAnalyzer() {
    super(Language.EN, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
  }

  @Override
  protected TokenStream normalizeWords(TokenStream words) {
    // Chavez's -> chavez
    return new EnglishPossessiveFilter(words);
  }

  @Override
  protected TokenStream stem(TokenStream words) {
    // sanctions -> sanction, bombers -> bomber
    return new PorterStemFilter(words);
  }
}
