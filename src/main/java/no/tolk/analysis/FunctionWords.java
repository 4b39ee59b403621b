package no.tolk.analysis;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * A fast first opinion on a paragraph's language from words that exist in only one of the
 * languages ("ikke", "hvis", "the", "which"). Decides only when the count is lopsided; anything
 * closer goes to the n-gram models, which cost a hundred times as much.
 */
final class FunctionWords {

  // Words spelt the same in both languages ("for", "under", "at", "by", "man", "i") are in neither
  // list: they would vote for both.
  private static final Set<String> NORWEGIAN =
      Set.of("og", "ikke", "som", "det", "er", "på", "til", "av", "med", "har", "den", "en",
          "et", "jeg", "vi", "de", "han", "hun", "skal", "kan", "må", "også", "eller", "men",
          "når", "hvor", "hva", "ble", "blir", "være", "vært", "etter", "mellom", "seg", "sin",
          "sitt", "sine", "disse", "dette", "denne", "mot", "ved", "om", "å", "du", "dere",
          "hvis", "så", "vil", "bli", "noen", "alle", "kun", "bare", "nå", "hvordan", "hvorfor",
          "fordi", "da", "uten", "inn", "ut", "opp", "får", "få", "gjør", "gjøre", "der", "mer",
          "mange", "flere", "andre", "annen", "annet", "slik", "hele", "selv", "blant", "både",
          "dersom", "mens", "enn", "fikk", "hadde", "sa", "går", "kunne", "skulle", "ville",
          "nye", "nytt", "dem", "deg", "meg", "oss", "din", "ditt", "dine", "min", "mitt",
          "mine", "vår", "våre", "hans", "hennes", "deres", "hver", "ingen", "noe", "bruk",
          "bruke", "brukes", "ett", "første", "nok", "fått", "gjennom");

  private static final Set<String> ENGLISH =
      Set.of("the", "and", "of", "to", "is", "that", "with", "was", "are", "this", "which",
          "from", "be", "have", "has", "not", "were", "their", "they", "it", "its", "an", "or",
          "but", "when", "where", "what", "would", "will", "been", "can", "after", "between",
          "these", "those", "against", "there", "should", "must", "also", "a", "you", "your",
          "if", "on", "in", "as", "all", "about", "into", "more", "some", "such", "than", "then",
          "them", "how", "who", "why", "do", "does", "did", "could", "may", "other", "only",
          "any", "each", "use", "used", "using", "without", "within", "our", "we", "he", "she",
          "his", "her", "out", "up", "one", "two", "new", "see", "set", "had", "said", "while",
          "because", "through", "both", "very", "just");

  /** Words only Nynorsk uses: where one appears, Bokmål versus Nynorsk is left to the models. */
  private static final Set<String> NYNORSK =
      Set.of("ikkje", "eg", "kva", "kvar", "korleis", "vere", "vore", "òg", "ho", "dei", "vart",
          "berre", "meir", "noko", "nokon", "frå", "mykje", "sjølv", "heile", "kven", "då");

  /** Fewer function words than this say too little about a long text. */
  private static final int MIN_VOTES = 6;

  /** One side must have this many times the other's votes. */
  private static final int MAJORITY = 5;

  /**
   * A heading or a one-line paragraph has room for few function words: a couple, all for one
   * side, decide it ("Remove the home directories of all users", "Oppføringer for å forhindre").
   */
  static final int SHORT_TEXT = 120;

  private static final int MIN_SHORT_VOTES = 2;

  /** Most of a text that is read: a few dozen function words. */
  private static final int SAMPLE = 600;

  private enum Side { NORWEGIAN, ENGLISH, NYNORSK }

  /** Every function word and its side, looked up once per word of the text. */
  private static final CharArrayMap<Side> SIDES = sides();

  /** Longer words are no function words, and are not looked up. */
  private static final int LONGEST =
      Stream.of(NORWEGIAN, ENGLISH, NYNORSK)
          .flatMap(Set::stream)
          .mapToInt(String::length)
          .max()
          .orElseThrow();

  private static CharArrayMap<Side> sides() {
    CharArrayMap<Side> sides = new CharArrayMap<>(256, false);
    // Later puts win: a word on both lists counts as Norwegian, a Nynorsk word as Nynorsk.
    ENGLISH.forEach(word -> sides.put(word, Side.ENGLISH));
    NORWEGIAN.forEach(word -> sides.put(word, Side.NORWEGIAN));
    NYNORSK.forEach(word -> sides.put(word, Side.NYNORSK));
    return sides;
  }

  private FunctionWords() {}

  /** How many of a text's words speak for each side. */
  record Tally(int norwegian, int english, int nynorsk, boolean isShort) {

    /** Bokmål or English when the function words leave no doubt; else empty. */
    Optional<Language> decided() {
      Optional<Language> side = side();
      // Bokmål versus Nynorsk is the models' call ("eg" in an English text is "e.g.").
      return side.isPresent() && side.get() == Language.NB && nynorsk > 0 ? Optional.empty() : side;
    }

    private Optional<Language> side() {
      int votes = norwegian + english;
      if (isShort && votes >= MIN_SHORT_VOTES && Math.min(norwegian, english) == 0) {
        return Optional.of(english > 0 ? Language.EN : Language.NB);
      }
      if (votes < MIN_VOTES) {
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

    /** True if what little evidence there is all points to {@code language}'s side. */
    boolean leansTo(Language language) {
      return language == Language.EN
          ? english > 0 && norwegian == 0
          : norwegian > 0 && english == 0 && (nynorsk > 0) == (language == Language.NN);
    }
  }

  /** Bokmål or English when the paragraph's function words leave no doubt; else empty. */
  static Optional<Language> vote(String text) {
    return tally(text).decided();
  }

  static Tally tally(String text) {
    int norwegian = 0;
    int english = 0;
    int nynorsk = 0;
    char[] word = new char[32];
    int length = 0;
    boolean norwegianLetter = false;
    // A paragraph's opening says which language it is in; the rest would only repeat it.
    int end = text.length() <= SAMPLE ? text.length() : Math.max(text.lastIndexOf(' ', SAMPLE), 0);
    for (int i = 0; i <= end; i++) {
      char c = i < end ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        char lower = Character.toLowerCase(c);
        norwegianLetter |= lower == 'æ' || lower == 'ø' || lower == 'å';
        if (length < word.length) {
          word[length] = lower;
        }
        length++;
        continue;
      }
      if (length == 0) {
        continue;
      }
      if (length <= word.length) {
        Side side = length <= LONGEST ? SIDES.get(word, 0, length) : null;
        if (side == Side.NYNORSK) {
          nynorsk++;
          norwegian++;
        } else if (side == Side.NORWEGIAN) {
          norwegian++;
        } else if (side == Side.ENGLISH) {
          english++;
        } else if (norwegianLetter) {
          // English words are never spelt with æ, ø or å; a name might be, so it is one vote.
          norwegian++;
        }
      }
      length = 0;
      norwegianLetter = false;
    }
    return new Tally(norwegian, english, nynorsk, text.length() < SHORT_TEXT);
  }
}
