package no.tolk.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import no.tolk.analysis.Analyzers;
import no.tolk.analysis.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Error-analysis helper: how Tolk's Norwegian and English chains and the stock Lucene analyzers
 * read each argument. Usage: {@code AnalysisProbe word-or-phrase...}
 */
public final class AnalysisProbe {

  private AnalysisProbe() {}

  public static void main(String[] args) throws IOException {
    try (Analyzers tolk = new Analyzers();
        Analyzer nb = new NorwegianAnalyzer();
        Analyzer en = new EnglishAnalyzer()) {
      for (String text : args) {
        System.out.println(text);
        System.out.println("  tolk nb:  " + terms(tolk.forLanguage(Language.NB), text));
        System.out.println("  tolk en:  " + terms(tolk.forLanguage(Language.EN), text));
        System.out.println("  lucene nb: " + terms(nb, text) + "   lucene en: " + terms(en, text));
      }
    }
  }

  private static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
    }
    return out;
  }
}
