package no.tolk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import no.tolk.cli.Main;
import no.tolk.testing.IndexedCorpus;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While one Tolk process writes an index folder (it holds Lucene's write lock), a second
 * {@code tolk index} or {@code tolk serve} on that folder stops with a clear message and leaves
 * the index as it was.
 */
class OneWriterTest {

  @TempDir Path dir;

  /** Exit code and what the command wrote to standard error. */
  record Run(int code, String err) {}

  @Test
  void second_index_and_serve_on_a_locked_index_say_so_and_change_nothing() throws Exception {
    try (IndexedCorpus real = new IndexedCorpus(dir)) {
      real.index();
      List<String> before = IndexChecks.ids(real.index, real.analyzers, "Maduro");
      real.write("notes/ny.md", "# Ny\n\nEt notat om Maduro.\n");
      String index = real.index.toString();
      String corpus = real.corpus.toString();
      try (Directory directory = FSDirectory.open(real.index);
          IndexWriter first =
              new IndexWriter(
                  directory, new IndexWriterConfig(new KeywordAnalyzer()).setCommitOnClose(false))) {
        for (List<String> command :
            List.of(
                List.of("index", "--corpus", corpus, "--index", index),
                List.of("serve", "--corpus", corpus, "--index", index, "--port", "0"))) {
          assertThat(first.isOpen()).as("the first writer holds the lock").isTrue();
          Run second = tolk(command.toArray(String[]::new));
          assertThat(second.code()).as(command.get(0)).isEqualTo(3);
          assertThat(second.err())
              .as(command.get(0))
              .contains("the index folder is in use by another Tolk process")
              .doesNotContain("Exception")
              .doesNotContain("\tat ");
        }
      }
      IndexChecks.assertClean(real.index);
      assertThat(IndexChecks.ids(real.index, real.analyzers, "Maduro")).isEqualTo(before);
    }
  }

  /** Runs the command line in this JVM (picocli, as Main does, without System.exit). */
  static Run tolk(String... args) {
    PrintStream originalErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      System.setErr(capture);
      int code = Main.commandLine().execute(args);
      return new Run(code, err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(originalErr);
    }
  }
}
