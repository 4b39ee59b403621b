package no.tolk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Writes a bilingual benchmark corpus: Markdown files of {@value #PASSAGES_PER_FILE} passages of
 * about 1 KB each (a {@code ## heading} and its paragraphs), nb and en files in turn, the same
 * bytes for the same seed and size.
 *
 * <p>Usage: {@code CorpusGenerator PASSAGES OUT_DIR [SEED]}
 */
final class CorpusGenerator {

  static final int PASSAGES_PER_FILE = 10;
  static final long DEFAULT_SEED = 20251122L;

  /** Files per sub-folder, so no folder grows past a few thousand entries. */
  private static final int FILES_PER_FOLDER = 1000;

  private final TextModel nb;
  private final TextModel en;
  private final long seed;

  CorpusGenerator(Path repo, long seed) throws IOException {
    this.nb = TextModel.load("nb", repo, seed);
    this.en = TextModel.load("en", repo, seed);
    this.seed = seed;
  }

  public static void main(String[] args) throws IOException {
    int passages = Integer.parseInt(args[0]);
    Path out = Path.of(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
    long start = System.nanoTime();
    CorpusGenerator generator = new CorpusGenerator(Path.of("."), seed);
    int files = passages / PASSAGES_PER_FILE;
    long bytes = IntStream.range(0, files).parallel().mapToLong(i -> generator.write(out, i, 0))
        .sum();
    System.err.printf(Locale.ROOT, "generated %d passages in %d files, %.1f MB, in %.1f s%n", passages, files,
        bytes / 1e6, (System.nanoTime() - start) / 1e9);
  }

  static String lang(int file) {
    return file % 2 == 0 ? "en" : "nb";
  }

  static Path path(Path root, int file) {
    String lang = lang(file);
    return root.resolve(lang).resolve(String.format(Locale.ROOT, "%03d", file / FILES_PER_FOLDER))
        .resolve(String.format(Locale.ROOT, "%s-%07d.md", lang, file));
  }

  /** Writes file number {@code file}; {@code variant} > 0 gives an edited version of it. */
  long write(Path root, int file, int variant) {
    byte[] bytes = render(file, variant).getBytes(StandardCharsets.UTF_8);
    Path path = path(root, file);
    try {
      Files.createDirectories(path.getParent());
      Files.write(path, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
    return bytes.length;
  }

  String render(int file, int variant) {
    TextModel model = lang(file).equals("nb") ? nb : en;
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + file * 7919L + variant);
    String title = model.heading(random);
    StringBuilder out = new StringBuilder(PASSAGES_PER_FILE * 1100);
    out.append("---\ntitle: ").append(title).append("\nlang: ").append(model.lang)
        .append("\n---\n\n");
    for (int p = 0; p < PASSAGES_PER_FILE; p++) {
      int start = out.length();
      out.append("## ").append(model.heading(random)).append("\n\n");
      int target = 900 + random.nextInt(200);
      while (out.length() - start < target) {
        int sentences = 2 + random.nextInt(4);
        for (int s = 0; s < sentences; s++) {
          out.append(s == 0 ? "" : " ").append(model.sentence(random));
        }
        out.append("\n\n");
      }
    }
    return out.toString();
  }
}
