package no.tolk.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Splits Norwegian compounds that the dictionary does not list into dictionary words:
 * "kampflyreparasjoner" -> kampfly, reparasjon; "partnerskapsavtale" -> partnerskap, avtale (with
 * the linking s). Words the dictionary knows are never split, so ordinary words stay whole
 * ("overhaling" is not over + haling).
 */
public final class CompoundSplitter {

  /** Shorter words are rarely compounds, and splitting them is mostly noise. */
  static final int MIN_WORD = 7;

  /** Shortest part: "fly" in flyreparasjon. */
  static final int MIN_PART = 3;

  /** Most parts one word is split into. */
  static final int MAX_PARTS = 3;

  /** Words whose lemmas and split are remembered; text repeats its words. */
  static final int CACHE_WORDS = 200_000;

  private final NorwegianDictionary dictionary;
  private final Map<String, List<String>> lemmaCache = new ConcurrentHashMap<>();
  private final Map<String, Parts> partsCache = new ConcurrentHashMap<>();

  public CompoundSplitter(NorwegianDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** One splitter per dictionary, so all analyzing threads share its caches. */
  public static CompoundSplitter of(NorwegianDictionary dictionary) {
    return SHARED.computeIfAbsent(dictionary, CompoundSplitter::new);
  }

  private static final Map<NorwegianDictionary, CompoundSplitter> SHARED =
      new ConcurrentHashMap<>();

  private static <T> T cached(Map<String, T> cache, String word, Function<String, T> compute) {
    T known = cache.get(word);
    if (known != null) {
      return known;
    }
    T computed = compute.apply(word);
    if (cache.size() >= CACHE_WORDS) {
      cache.clear(); // crude, but bounded; the common words come back at once
    }
    cache.put(word, computed);
    return computed;
  }

  /**
   * The lemmas of a word known to the dictionary: "enheter" -> enhet. A lemma reached by stripping
   * a prefix gets the prefix back ("hovedtjeneren" -> tjener -> hovedtjener), and a name is
   * looked up capitalised ("venezuelas" -> venezuela).
   */
  public List<String> lemmas(String word) {
    return cached(lemmaCache, word, this::lookUpLemmas);
  }

  private List<String> lookUpLemmas(String word) {
    List<String> lemmas = filtered(word, dictionary.lemmas(word));
    if (lemmas.isEmpty() && !word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
      String capitalised = Character.toUpperCase(word.charAt(0)) + word.substring(1);
      lemmas = filtered(word, dictionary.lemmas(capitalised));
    }
    return lemmas;
  }

  /**
   * The lemma of a compound the dictionary does not know: its head as written and its last
   * part's lemma ("hovedtjeneren" -> hovedtjener), so all forms of the compound share it; empty
   * if the word is no such compound.
   */
  public List<String> compoundLemma(String word) {
    Parts parts = parts(word);
    return parts == WHOLE
        ? List.of()
        : List.of(word.substring(0, parts.tailStart()) + parts.words().getLast());
  }

  private static List<String> filtered(String word, List<String> lemmas) {
    List<String> kept = new ArrayList<>(lemmas.size());
    for (String lemma : lemmas) {
      String lower = withPrefix(word, lemma.toLowerCase(Locale.ROOT));
      if (lower != null && !kept.contains(lower)) {
        kept.add(lower);
      }
    }
    return kept;
  }

  /**
   * The lemma with whatever the word has before it put back: "hovedtjeneren", "tjener" ->
   * hovedtjener. Null when the lemma does not start where any part of the word does (an
   * irregular form such as "gikk" -> gå keeps its own first letter and is kept as it is).
   */
  private static String withPrefix(String word, String lemma) {
    if (lemma.isEmpty()) {
      return null;
    }
    if (lemma.charAt(0) == word.charAt(0)) {
      return lemma;
    }
    String head = lemma.substring(0, Math.min(3, lemma.length()));
    int at = word.indexOf(head, 1);
    return at < 0 ? null : word.substring(0, at) + lemma;
  }

  /**
   * The parts of a compound the dictionary does not list, the last one as its lemma; empty if it
   * is not one. Hunspell recognises some compounds by its own rules ("regjeringsdokumenter" ->
   * regjeringsdokument); those are split too, as they are not listed words.
   */
  public List<String> split(String word) {
    return parts(word).words();
  }

  /** Parts of a word; the last one is a lemma and starts at {@code tailStart} in the word. */
  private record Parts(List<String> words, int tailStart) {}

  /** What a word that is no unlisted compound splits into: nothing. */
  private static final Parts WHOLE = new Parts(List.of(), 0);

  /** A word's split, found once for its parts and its compound lemma alike. */
  private Parts parts(String word) {
    return cached(partsCache, word, this::findParts);
  }

  private Parts findParts(String word) {
    if (word.length() < MIN_WORD || !isLetters(word) || isListed(word)) {
      return WHOLE;
    }
    Parts parts = splitFrom(word, 0, MAX_PARTS);
    return parts == null || parts.words().size() < 2 ? WHOLE : parts;
  }

  /** Fewest parts wins; among those, the longest head (kampfly|reparasjoner, not kamp|…). */
  private Parts splitFrom(String word, int start, int partsLeft) {
    String rest = word.substring(start);
    if (start > 0 && rest.length() >= MIN_PART) {
      List<String> tail = lemmas(rest);
      if (!tail.isEmpty()) {
        return new Parts(List.of(compoundable(tail)), start);
      }
    }
    if (partsLeft <= 1) {
      return null;
    }
    Parts best = null;
    for (int end = word.length() - MIN_PART; end >= start + MIN_PART; end--) {
      String head = word.substring(start, end);
      for (int next : joinsAfter(word, head, end)) {
        if (word.length() - next < MIN_PART) {
          continue;
        }
        Parts tail = splitFrom(word, next, partsLeft - 1);
        if (tail != null && (best == null || tail.words().size() + 1 < best.words().size())) {
          List<String> words = new ArrayList<>();
          words.add(head);
          words.addAll(tail.words());
          best = new Parts(words, tail.tailStart());
        }
      }
    }
    return best;
  }

  /**
   * Where the next part may start after {@code head}: a word flagged for compounds joins directly
   * or with a linking s or e (nettverk|s|oppsett); any other dictionary word of four letters or
   * more joins only with the linking s (partnerskap|s|avtale).
   */
  private int[] joinsAfter(String word, String head, int end) {
    char link = end < word.length() ? word.charAt(end) : 0;
    if (dictionary.isCompoundPart(head)) {
      return link == 's' || link == 'e' ? new int[] {end, end + 1} : new int[] {end};
    }
    if (link == 's' && head.length() >= 4 && dictionary.isRoot(head)) {
      return new int[] {end + 1};
    }
    return new int[0];
  }

  /** Of a last part's lemmas, one that compounds take (tjeneren -> tjener, not the verb tjenere). */
  private String compoundable(List<String> lemmas) {
    for (String lemma : lemmas) {
      if (dictionary.isCompoundPart(lemma)) {
        return lemma;
      }
    }
    return lemmas.get(0);
  }

  /** True if one of the word's lemmas is a word the dictionary lists (a name, capitalised). */
  private boolean isListed(String word) {
    for (String lemma : lemmas(word)) {
      String capitalised = Character.toUpperCase(lemma.charAt(0)) + lemma.substring(1);
      if (dictionary.isRoot(lemma) || dictionary.isRoot(capitalised)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLetters(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLetter(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
