package no.tolk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Writes the benchmark query set (bench/queries.tsv): per language, the kinds of queries people
 * type, drawn from the same real text and word lists as the corpus.
 *
 * <p>Usage: {@code QuerySetGenerator OUT_FILE [SEED]}
 */
final class QuerySetGenerator {

  private static final Pattern WORD = Pattern.compile("\\p{Ll}{3,}");

  public static void main(String[] args) throws IOException {
    long seed = args.length > 1 ? Long.parseLong(args[1]) : CorpusGenerator.DEFAULT_SEED;
    List<String> lines = new ArrayList<>();
    lines.add("# lang\tkind\tquery  (written by QuerySetGenerator, seed " + seed + ")");
    for (String lang : List.of("nb", "en")) {
      TextModel model = TextModel.load(lang, Path.of("."), seed);
      for (String[] q : queries(model, new SplittableRandom(seed + lang.hashCode()))) {
        lines.add(lang + "\t" + q[0] + "\t" + q[1]);
      }
    }
    Files.write(Path.of(args[0]), lines);
    System.err.println("wrote " + (lines.size() - 1) + " queries to " + args[0]);
  }

  private static List<String[]> queries(TextModel model, SplittableRandom random) {
    Map<String, Integer> counts = new HashMap<>();
    List<String[]> sentenceWords = new ArrayList<>();
    for (String sentence : model.sentences) {
      String[] words = sentence.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L} ]", " ").strip()
          .split("\\s+");
      sentenceWords.add(words);
      for (String w : words) {
        if (WORD.matcher(w).matches()) {
          counts.merge(w, 1, Integer::sum);
        }
      }
    }
    List<String> byFrequency = counts.keySet().stream().filter(w -> w.length() >= 4)
        .sorted(Comparator.comparing((String w) -> -counts.get(w)).thenComparing(w -> w))
        .toList();
    List<String> common = byFrequency.subList(15, 215);
    List<String> rare = byFrequency.stream()
        .filter(w -> counts.get(w) <= 2 && w.length() >= 6).toList();
    List<String[]> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    add(out, seen, "word-common", 20, () -> pick(common, random));
    add(out, seen, "word-rare", 10, () -> pick(rare, random));
    add(out, seen, "word-rare", 10, () -> model.dictionary[500 + random.nextInt(4500)]);
    add(out, seen, "two-words", 25, () -> run(sentenceWords, 2, random));
    add(out, seen, "three-words", 20, () -> run(sentenceWords, 3, random));
    add(out, seen, "phrase", 20, () -> '"' + run(sentenceWords, 2 + random.nextInt(2), random)
        + '"');
    add(out, seen, "prefix", 20, () -> {
      String w = pick(common, random);
      return w.substring(0, Math.min(w.length() - 1, 4 + random.nextInt(2))) + "*";
    });
    add(out, seen, "misspelled", 25, () -> misspell(pick(common.subList(0, 150), random),
        random));
    return out;
  }

  private static void add(List<String[]> out, Set<String> seen, String kind, int n,
      java.util.function.Supplier<String> make) {
    for (int made = 0, tries = 0; made < n && tries < 10_000; tries++) {
      String q = make.get();
      if (q != null && seen.add(q)) {
        out.add(new String[] {kind, q});
        made++;
      }
    }
  }

  private static String pick(List<String> words, SplittableRandom random) {
    return words.get(random.nextInt(words.size()));
  }

  /** {@code n} adjacent words of one sentence, each at least 3 letters, or null. */
  private static String run(List<String[]> sentences, int n, SplittableRandom random) {
    String[] words = sentences.get(random.nextInt(sentences.size()));
    if (words.length < n) {
      return null;
    }
    int start = random.nextInt(words.length - n + 1);
    for (int i = start; i < start + n; i++) {
      if (!WORD.matcher(words[i]).matches()) {
        return null;
      }
    }
    return String.join(" ", java.util.Arrays.copyOfRange(words, start, start + n));
  }

  /** One typo: two inner letters swapped, or one dropped. */
  private static String misspell(String word, SplittableRandom random) {
    int i = 1 + random.nextInt(word.length() - 2);
    if (random.nextBoolean() && word.charAt(i) != word.charAt(i + 1)) {
      return word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
    }
    return word.substring(0, i) + word.substring(i + 1);
  }
}
