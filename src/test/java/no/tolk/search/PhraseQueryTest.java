package no.tolk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import no.tolk.analysis.Analyzers;
import no.tolk.analysis.Language;
import no.tolk.analysis.LanguageDetector;
import no.tolk.index.Fields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A phrase in every form (a widened quoted phrase, a hyphenated word, the words of a query near
 * each other) is checked as written and as each language's stems, each distinct one once.
 */
class PhraseQueryTest {

  static Analyzers analyzers;
  static QueryFactory factory;

  @BeforeAll
  static void analyzers() {
    analyzers = new Analyzers();
    factory = new QueryFactory(analyzers, new LanguageDetector());
  }

  @AfterAll
  static void close() {
    analyzers.close();
  }

  @Test
  void a_norwegian_phrase_keeps_its_norwegian_stems() {
    List<String> variants = variants("kampflyene landet", Language.NB);
    assertThat(variants).first().isEqualTo("1.0 [w#kampflyene, w#landet]");
    assertThat(variants).anyMatch(v -> v.startsWith("0.6 [n#kampfly, n#land"));
    assertThat(variants).doesNotHaveDuplicates();
  }

  @Test
  void a_stem_phrase_that_is_the_written_phrase_again_is_left_out() {
    // Norwegian stop words have no Norwegian stems: that variant would be the written phrase.
    assertThat(variants("det er", Language.NB))
        .containsExactly("1.0 [w#det, w#er]", "0.6 [e#det, e#er]");
  }

  /** Each variant as its boost and its terms. */
  private static List<String> variants(String text, Language language) {
    List<QueryWords.Word> words = QueryWords.of(text, analyzers, Optional.of(language));
    Query phrase = factory.phraseQuery(Fields.BODY, words, 0);
    assertThat(phrase).isInstanceOf(DisjunctionMaxQuery.class);
    return ((DisjunctionMaxQuery) phrase).getDisjuncts().stream()
        .map(variant -> (BoostQuery) variant)
        .map(boost -> boost.getBoost() + " " + words(boost.getQuery()))
        .toList();
  }

  private static List<String> words(Query query) {
    return java.util.Arrays.stream(((PhraseQuery) query).getTerms())
        .map(Term::text)
        .toList();
  }
}
