package no.tolk.analysis;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * Which Norwegian word forms meet on the stem layer and which stay apart, from the vocabulary in
 * src/test/resources/analysis/nb-stems.txt.
 */
public class TestNorwegianStemVocabulary extends BaseTokenStreamTestCase {

  public void test_forms_meet_and_different_words_stay_apart() throws Exception {
    assumeTrue(
        "Norwegian dictionary not installed (apt-get install hunspell-no)",
        NorwegianDictionary.shared(Language.NB).isPresent());
    int checked = 0;
    try (Analyzer analyzer = new NorwegianLayeredAnalyzer(Language.NB);
        InputStream in = getClass().getResourceAsStream("/analysis/nb-stems.txt");
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t");
        String[] words = columns[1].split(" ");
        Set<String> first = stems(analyzer, words[0]);
        assertFalse(words[0] + " has no stem", first.isEmpty());
        for (int i = 1; i < words.length; i++) {
          Set<String> shared = new HashSet<>(stems(analyzer, words[i]));
          shared.retainAll(first);
          if (columns[0].equals("same")) {
            assertFalse(words[i] + " should meet " + words[0], shared.isEmpty());
          } else {
            assertTrue(words[i] + " should stay apart from " + words[0] + " but shares " + shared,
                shared.isEmpty());
          }
          checked++;
        }
      }
    }
    assertTrue("vocabulary file read", checked > 20);
  }

  private static Set<String> stems(Analyzer analyzer, String word) throws Exception {
    Set<String> stems = new HashSet<>();
    try (TokenStream stream = analyzer.tokenStream("body", word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (term.toString().startsWith(TermLayer.NORWEGIAN_STEM.prefix())) {
          stems.add(term.toString());
        }
      }
      stream.end();
    }
    return stems;
  }
}
