package no.tolk.analysis;

import java.util.EnumMap;
import java.util.Map;

/** One shared, thread-safe layered analyzer per language, for indexing and querying alike. */
public final class Analyzers implements AutoCloseable {

  private final Map<Language, LayeredAnalyzer> byLanguage = new EnumMap<>(Language.class);

  public Analyzers() {
    NorwegianDictionary.preload(Language.NB);
    byLanguage.put(Language.NB, new NorwegianLayeredAnalyzer(Language.NB));
    byLanguage.put(Language.NN, new NorwegianLayeredAnalyzer(Language.NN));
    byLanguage.put(Language.EN, new EnglishLayeredAnalyzer());
  }

  public LayeredAnalyzer forLanguage(Language language) {
    return byLanguage.get(language);
  }

  @Override
  public void close() {
    byLanguage.values().forEach(LayeredAnalyzer::close);
  }
}
