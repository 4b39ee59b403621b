package no.tolk.bench;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Real text of one language as a word-bigram chain, plus a Zipf-ranked word list that feeds new
 * words in, so generated text keeps natural term statistics and its vocabulary grows with size.
 */
final class TextModel {

  /** Share of ordinary words swapped for a word-list word: the long tail of the vocabulary. */
  private static final double SWAP = 0.07;

  /** Zipf exponent of the word-list draws. */
  private static final double ZIPF_S = 1.05;

  /** Word-list words drawn from (the list is shuffled with the seed, then ranked). */
  private static final int DICTIONARY_SIZE = 200_000;

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}0-9])");
  private static final Pattern LOWER_WORD = Pattern.compile("\\p{Ll}{4,}");

  final String lang;
  final List<String> sentences;
  private final String[] tokens;
  private final int[][] successors;
  private final int[] starts;
  final String[] dictionary;
  private final double[] zipfCdf;

  private TextModel(String lang, List<String> sentences, List<String> dictionary, long seed) {
    this.lang = lang;
    this.sentences = List.copyOf(sentences);
    Map<String, Integer> ids = new HashMap<>();
    List<String> vocab = new ArrayList<>();
    Map<Integer, List<Integer>> next = new HashMap<>();
    List<Integer> first = new ArrayList<>();
    for (String sentence : sentences) {
      String[] words = sentence.split("\\s+");
      int previous = -1;
      for (String word : words) {
        int id = ids.computeIfAbsent(word, w -> {
          vocab.add(w);
          return vocab.size() - 1;
        });
        if (previous < 0) {
          first.add(id);
        } else {
          next.computeIfAbsent(previous, k -> new ArrayList<>()).add(id);
        }
        previous = id;
      }
    }
    this.tokens = vocab.toArray(String[]::new);
    this.successors = new int[tokens.length][];
    for (int id = 0; id < tokens.length; id++) {
      List<Integer> list = next.getOrDefault(id, List.of());
      successors[id] = list.stream().mapToInt(Integer::intValue).toArray();
    }
    this.starts = first.stream().mapToInt(Integer::intValue).toArray();
    List<String> shuffled = new ArrayList<>(dictionary);
    java.util.Collections.shuffle(shuffled, new Random(seed));
    this.dictionary = shuffled.subList(0, Math.min(DICTIONARY_SIZE, shuffled.size()))
        .toArray(String[]::new);
    this.zipfCdf = new double[this.dictionary.length];
    double sum = 0;
    for (int rank = 0; rank < zipfCdf.length; rank++) {
      sum += 1.0 / Math.pow(rank + 1, ZIPF_S);
      zipfCdf[rank] = sum;
    }
    for (int rank = 0; rank < zipfCdf.length; rank++) {
      zipfCdf[rank] /= sum;
    }
  }

  /** Loads the sources of {@code lang} ("nb" or "en"): the Debian Edu manual, corpus/, a word list. */
  static TextModel load(String lang, Path repo, long seed) throws IOException {
    String manualLang = lang.equals("nb") ? "nb-no" : "en";
    Path manual = Path.of("/usr/share/doc/debian-edu-doc-" + manualLang
        + "/debian-edu-bookworm-manual.html");
    List<String> sentences = new ArrayList<>();
    // p, and list items without a p inside (else their text would count twice)
    for (Element e : Jsoup.parse(manual.toFile(), "UTF-8").select("p, li:not(:has(p))")) {
      addSentences(e.text(), sentences);
    }
    // the nb manual keeps untranslated English paragraphs: keep sentences that read as lang
    sentences.removeIf(sentence -> !readsAs(lang, sentence));
    try (Stream<Path> files = Files.walk(repo.resolve("corpus").resolve(lang))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        for (String paragraph : Files.readString(file).split("\n\\s*\n")) {
          if (!paragraph.startsWith("---")) {
            addSentences(paragraph, sentences);
          }
        }
      }
    }
    Path words = Path.of(lang.equals("nb") ? "/usr/share/dict/bokmaal"
        : "/usr/share/dict/american-english");
    Charset charset = lang.equals("nb") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
    List<String> dictionary = Files.readAllLines(words, charset).stream()
        .filter(w -> LOWER_WORD.matcher(w).matches())
        .toList();
    return new TextModel(lang, sentences, dictionary, seed);
  }

  private static final java.util.Set<String> NB_WORDS = java.util.Set.of(
      "og", "er", "til", "det", "som", "en", "et", "på", "med", "ikke", "du", "av", "den", "å",
      "kan", "har", "vil", "eller", "fra", "må", "skal", "ved", "der", "denne", "dette", "hvis");
  private static final java.util.Set<String> EN_WORDS = java.util.Set.of(
      "the", "and", "is", "to", "of", "a", "in", "it", "you", "be", "are", "with", "this", "that",
      "can", "will", "or", "from", "by", "on", "if", "not", "an", "as", "for", "which");

  private static boolean readsAs(String lang, String sentence) {
    int nbCount = 0;
    int enCount = 0;
    for (String w : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      nbCount += NB_WORDS.contains(w) ? 1 : 0;
      enCount += EN_WORDS.contains(w) ? 1 : 0;
    }
    return lang.equals("nb") ? nbCount > enCount : enCount > nbCount;
  }

  private static void addSentences(String text, List<String> out) {
    for (String s : SENTENCE_END.split(text.replaceAll("\\s+", " ").strip())) {
      if (s.split(" ").length >= 4 && s.length() < 400) {
        out.add(s);
      }
    }
  }

  /** One sentence from the chain: starts like a real sentence, ends at a full stop. */
  String sentence(SplittableRandom random) {
    StringBuilder out = new StringBuilder();
    int id = starts[random.nextInt(starts.length)];
    for (int n = 0; n < 40; n++) {
      String word = tokens[id];
      out.append(n == 0 ? "" : " ").append(maybeSwap(word, random));
      int[] next = successors[id];
      if (next.length == 0 || (n >= 6 && endsSentence(word))) {
        break;
      }
      id = next[random.nextInt(next.length)];
    }
    char last = out.charAt(out.length() - 1);
    if (last != '.' && last != '!' && last != '?') {
      out.append('.');
    }
    return out.toString();
  }

  private static boolean endsSentence(String word) {
    char last = word.charAt(word.length() - 1);
    return last == '.' || last == '!' || last == '?';
  }

  private String maybeSwap(String word, SplittableRandom random) {
    int end = word.length();
    while (end > 0 && !Character.isLetter(word.charAt(end - 1))) {
      end--;
    }
    String core = word.substring(0, end);
    if (!LOWER_WORD.matcher(core).matches() || random.nextDouble() >= SWAP) {
      return word;
    }
    return zipfWord(random) + word.substring(end);
  }

  /** A word-list word, rank drawn from a Zipf distribution. */
  String zipfWord(SplittableRandom random) {
    int rank = Arrays.binarySearch(zipfCdf, random.nextDouble());
    return dictionary[Math.min(rank < 0 ? -rank - 1 : rank, dictionary.length - 1)];
  }

  /** A short heading: the first words of a chain sentence, without its punctuation. */
  String heading(SplittableRandom random) {
    String[] words = sentence(random).replaceAll("[^\\p{L}\\p{N} -]", "").split(" ");
    int n = Math.min(words.length, 3 + random.nextInt(4));
    String text = String.join(" ", Arrays.copyOf(words, n)).strip();
    return text.isEmpty() ? "Oversikt"
        : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }
}
