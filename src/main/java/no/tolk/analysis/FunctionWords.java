package no.tolk.analysis;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A fast first opinion on a paragraph's language from words that exist in only one of the
 * languages ("ikke", "og", "the", "which"). Decides only when the count is lopsided; anything
 * closer goes to the n-gram models.
 */
final class FunctionWords {

  private static final Set<String> NORWEGIAN =
      Set.of("og", "ikke", "som", "det", "er", "på", "til", "av", "med", "har", "den", "en",
          "et", "for", "fra", "jeg", "vi", "de", "han", "hun", "skal", "kan", "må", "også",
          "eller", "men", "når", "hvor", "hva", "ble", "blir", "være", "vært", "etter", "under",
          "mellom", "seg", "sin", "sitt", "sine", "disse", "dette", "denne", "mot", "ved", "om");

  private static final Set<String> ENGLISH =
      Set.of("the", "and", "of", "to", "is", "that", "with", "for", "was", "are", "this", "which",
          "from", "by", "be", "have", "has", "not", "were", "their", "they", "it", "its", "an",
          "or", "but", "when", "where", "what", "would", "will", "been", "can", "after",
          "between", "these", "those", "against", "there", "should", "must", "also");

  /** Words only Nynorsk uses: where one appears, Bokmål versus Nynorsk is left to the models. */
  private static final Set<String> NYNORSK =
      Set.of("ikkje", "eg", "kva", "kvar", "korleis", "vere", "vore", "òg", "ho", "dei", "vart",
          "berre", "meir", "noko", "nokon", "frå", "mykje", "sjølv", "heile", "kven", "då");

  /** Fewer function words than this say too little. */
  private static final int MIN_VOTES = 6;

  /** One side must have this many times the other's votes. */
  private static final int MAJORITY = 5;

  private FunctionWords() {}

  /** Bokmål or English when the paragraph's function words leave no doubt; else empty. */
  static Optional<Language> vote(String text) {
    int norwegian = 0;
    int english = 0;
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (NYNORSK.contains(word)) {
        return Optional.empty();
      }
      // "for", "can" and a few more are in both lists and cancel out.
      if (NORWEGIAN.contains(word)) {
        norwegian++;
      }
      if (ENGLISH.contains(word)) {
        english++;
      }
    }
    if (norwegian + english < MIN_VOTES) {
      return Optional.empty();
    }
    if (english >= MAJORITY * Math.max(1, norwegian)) {
      return Optional.of(Language.EN);
    }
    if (norwegian >= MAJORITY * Math.max(1, english)) {
      return Optional.of(Language.NB);
    }
    return Optional.empty();
  }
}
