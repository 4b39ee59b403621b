package no.tolk.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.SortingStrategy;
import org.apache.lucene.analysis.hunspell.Hunspell;

/**
 * The Hunspell dictionary of one Norwegian written standard (Debian's {@code hunspell-no}): it
 * knows which words exist, their lemmas, and which may start a compound. Loaded from the system's
 * dictionary folders; without it Tolk still works, with rule-based stemming and no compound
 * splitting.
 */
public final class NorwegianDictionary {

  private static final Logger LOG = Logger.getLogger(NorwegianDictionary.class.getName());

  /** Where distributions install Hunspell dictionaries. */
  static final List<Path> FOLDERS =
      List.of(
          Path.of("/usr/share/hunspell"),
          Path.of("/usr/share/myspell/dicts"),
          Path.of("/usr/share/myspell"),
          Path.of("/usr/local/share/hunspell"),
          Path.of("/opt/homebrew/share/hunspell"));

  /** Hunspell's flag for words that may be part of a compound (nb_NO.aff: COMPOUNDFLAG z). */
  private static final char COMPOUND_FLAG = 'z';

  private final Dictionary dictionary;
  // Hunspell keeps per-call scratch state: one instance per analysing thread.
  private final ThreadLocal<Hunspell> hunspell;

  private NorwegianDictionary(Dictionary dictionary) {
    this.dictionary = dictionary;
    this.hunspell = ThreadLocal.withInitial(() -> new Hunspell(dictionary));
  }

  private static final Map<Language, CompletableFuture<Optional<NorwegianDictionary>>> SHARED =
      new ConcurrentHashMap<>();

  /**
   * The dictionary for {@code language}, loaded once per process (it takes a second or two) and
   * shared: it is read-only.
   */
  public static Optional<NorwegianDictionary> shared(Language language) {
    return preload(language).join();
  }

  /** Starts loading the dictionary in the background, so start-up need not wait for it. */
  public static CompletableFuture<Optional<NorwegianDictionary>> preload(Language language) {
    Language standard = language == Language.NN ? Language.NN : Language.NB;
    // A thread of its own: the common pool has one thread on a two-core machine, and a dictionary
    // waiting behind other start-up work delays the first answer.
    return SHARED.computeIfAbsent(
        standard,
        key -> CompletableFuture.supplyAsync(
            () -> load(key),
            task -> Thread.ofPlatform().daemon().name("tolk-dictionary-" + key.code()).start(task)));
  }

  /** The dictionary for {@code language} (nb_NO or nn_NO), or empty with one log line. */
  public static Optional<NorwegianDictionary> load(Language language) {
    String name = language == Language.NN ? "nn_NO" : "nb_NO";
    for (Path folder : FOLDERS) {
      Path aff = folder.resolve(name + ".aff");
      Path dic = folder.resolve(name + ".dic");
      if (Files.isReadable(aff) && Files.isReadable(dic)) {
        try {
          return Optional.of(new NorwegianDictionary(read(aff, dic)));
        } catch (IOException | ParseException e) {
          LOG.warning("Norwegian dictionary " + dic + " unreadable (" + e.getMessage()
              + "); compound words will not be split.");
          return Optional.empty();
        }
      }
    }
    LOG.warning("No Norwegian dictionary (" + name + ") found; compound words will not be split. "
        + "Install it with: apt-get install hunspell-no");
    return Optional.empty();
  }

  private static Dictionary read(Path aff, Path dic) throws IOException, ParseException {
    try (InputStream affix = Files.newInputStream(aff);
        InputStream words = Files.newInputStream(dic)) {
      // Sorting the word list in memory (a few MB) is faster than Lucene's default offline
      // sort, and the dictionary is on the path to a server's first answer.
      return new Dictionary(affix, List.of(words), false, SortingStrategy.inMemory());
    }
  }

  /** Lemmas of an inflected word ("enheter" -> "enhet"); empty if the word is not in it. */
  public List<String> lemmas(String word) {
    return hunspell.get().getRoots(word);
  }

  /** True if the dictionary lists {@code root} as a word that may start or join a compound. */
  public boolean isCompoundPart(String root) {
    var entries = dictionary.lookupEntries(root);
    if (entries == null) {
      return false;
    }
    for (var entry : entries) {
      if (entry.getFlags().indexOf(COMPOUND_FLAG) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** True if {@code root} is listed as a word of its own (not only as a form of another). */
  public boolean isRoot(String root) {
    return dictionary.lookupEntries(root) != null;
  }
}
