package no.tolk.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.tartarus.snowball.ext.EnglishStemmer;

/** Layered analyzer for English: possessives dropped, Porter2 stems, English stop words. */
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
    // sanctions -> sanction, bombers -> bomber. Porter2 (Snowball's English), not the original
    // Porter, which reads "using" and "used" as "us" and "news" as "new".
    return new SnowballFilter(new AcronymPluralFilter(words), new EnglishStemmer());
  }
}
