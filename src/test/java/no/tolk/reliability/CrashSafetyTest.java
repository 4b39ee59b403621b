package no.tolk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.tolk.index.IndexReport;
import no.tolk.testing.IndexedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tolk index} killed with SIGKILL in the middle of writing (the fast, one-kill version of
 * scripts/crash-test): the previous commit still opens, passes CheckIndex and answers the same;
 * the next run completes.
 */
class CrashSafetyTest {

  static final int DOCUMENTS = 150;

  @TempDir Path dir;

  @Test
  void index_killed_while_writing_keeps_the_previous_commit_and_the_next_run_completes()
      throws Exception {
    try (IndexedCorpus real = new IndexedCorpus(dir)) {
      generate(real, "qzxalfa");
      real.index();
      List<String> before = IndexChecks.ids(real.index, real.analyzers, "Maduro");
      assertThat(IndexChecks.total(real.index, real.analyzers, "qzxalfa")).isEqualTo(DOCUMENTS);
      Set<String> committed = files(real.index);

      generate(real, "qzxbeta");
      Process indexer = tolkIndex(real);
      // A new segment file means the run is writing documents and has not committed yet.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!writing(real.index, committed) && indexer.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertThat(indexer.isAlive()).as("still running when killed").isTrue();
      indexer.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, no close
      assertThat(indexer.waitFor(30, TimeUnit.SECONDS)).isTrue();

      IndexChecks.assertClean(real.index);
      assertThat(IndexChecks.ids(real.index, real.analyzers, "Maduro")).isEqualTo(before);
      assertThat(IndexChecks.total(real.index, real.analyzers, "qzxalfa")).isEqualTo(DOCUMENTS);
      assertThat(IndexChecks.total(real.index, real.analyzers, "qzxbeta")).isZero();

      IndexReport next = real.index();
      assertThat(next.indexed()).isEqualTo(DOCUMENTS);
      IndexChecks.assertClean(real.index);
      assertThat(IndexChecks.total(real.index, real.analyzers, "qzxbeta")).isEqualTo(DOCUMENTS);
      assertThat(IndexChecks.total(real.index, real.analyzers, "qzxalfa")).isZero();
      assertThat(IndexChecks.ids(real.index, real.analyzers, "Maduro")).isEqualTo(before);
    }
  }

  private static void generate(IndexedCorpus real, String marker) throws IOException {
    for (int i = 0; i < DOCUMENTS; i++) {
      real.write(
          "generated/doc-" + i + ".md",
          "# Dokument " + i + " " + marker + "\n\nDette er den " + marker + " utgaven av dokument "
              + i + ". Regjeringen la fram budsjettet for forsvaret og helsevesenet. "
              + "Teksten handler om planer, tiltak og økonomi i mange år framover.\n");
      Files.setLastModifiedTime(
          real.corpus.resolve("generated/doc-" + i + ".md"),
          java.nio.file.attribute.FileTime.fromMillis(
              System.currentTimeMillis() + (marker.equals("qzxbeta") ? 60_000 : 0)));
    }
  }

  /** `tolk index` in its own JVM, on the test's classpath. */
  private static Process tolkIndex(IndexedCorpus real) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java, "-cp", System.getProperty("java.class.path"), "no.tolk.cli.Main", "index",
            "--corpus", real.corpus.toString(), "--index", real.index.toString())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static boolean writing(Path index, Set<String> committed) throws IOException {
    Set<String> now = files(index);
    now.removeAll(committed);
    return now.stream().anyMatch(name -> name.startsWith("_"));
  }

  private static Set<String> files(Path index) throws IOException {
    try (Stream<Path> files = Files.list(index)) {
      return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
  }
}
