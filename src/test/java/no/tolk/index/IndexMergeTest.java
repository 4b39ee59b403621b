package no.tolk.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import no.tolk.analysis.Analyzers;
import no.tolk.analysis.LanguageDetector;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that rewrites most of the index ends with one segment; a small update does not merge. */
class IndexMergeTest {

  @TempDir Path dir;
  Path corpus;
  Path indexDir;
  Analyzers analyzers;
  Indexer indexer;

  @BeforeEach
  void indexer() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    indexDir = dir.resolve("index");
    analyzers = new Analyzers();
    indexer = new Indexer(analyzers, new LanguageDetector());
  }

  @AfterEach
  void close() {
    analyzers.close();
  }

  @Test
  void a_run_that_writes_half_the_index_merges_it_and_a_small_update_does_not()
      throws IOException {
    writeNotes(0, 6);
    indexer.update(corpus, indexDir);
    writeNotes(6, 12);
    // The second run writes 6 of 12 documents: without the merge its commit is a second segment.
    IndexReport half = indexer.update(corpus, indexDir);
    assertThat(half.indexed()).isEqualTo(6);
    assertThat(segments()).isEqualTo(1);

    Files.writeString(corpus.resolve("note-03.md"), "# Notat 3\n\nMøtet ble flyttet.\n");
    IndexReport small = indexer.update(corpus, indexDir);
    assertThat(small.indexed()).isEqualTo(1);
    assertThat(segments()).as("one changed file of twelve is not worth a merge").isEqualTo(2);
  }

  @Test
  void an_index_already_in_one_segment_is_not_merged_again() throws IOException {
    writeNotes(0, 1);
    AtomicInteger merges = new AtomicInteger();
    IndexProgress counting =
        new IndexProgress() {
          @Override
          public void started(int files, long bytes) {}

          @Override
          public void advanced(String path, long bytes) {}

          @Override
          public void merging() {
            merges.incrementAndGet();
          }

          @Override
          public void finished(IndexReport report) {}
        };
    IndexWriter writer = Indexer.openWriter(indexDir);
    try (Directory directory = writer.getDirectory();
        writer) {
      assertThat(indexer.sync(writer, corpus, counting, () -> false).indexed()).isEqualTo(1);
    }
    assertThat(segments()).isEqualTo(1);
    assertThat(merges.get()).as("one file, one segment: nothing to merge or to announce").isZero();
  }

  @Test
  void a_stop_once_every_file_is_done_skips_the_merge_and_keeps_every_document()
      throws IOException {
    writeNotes(0, 6);
    indexer.update(corpus, indexDir);
    writeNotes(6, 12);
    AtomicInteger asked = new AtomicInteger();
    IndexWriter writer = Indexer.openWriter(indexDir);
    try (Directory directory = writer.getDirectory();
        writer) {
      // Asked before each of the 12 files, then once more before the merge.
      IndexReport report =
          indexer.sync(writer, corpus, IndexProgress.SILENT, () -> asked.incrementAndGet() > 12);
      assertThat(report.interrupted()).isFalse();
    }
    // Six new files on the indexing threads flush one segment or two, beside the first run's one.
    assertThat(segments()).as("not merged into one").isGreaterThan(1);
    try (Directory directory = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      assertThat(reader.numDocs()).isEqualTo(12);
    }
  }

  private void writeNotes(int from, int to) throws IOException {
    for (int i = from; i < to; i++) {
      Files.writeString(corpus.resolve(String.format("note-%02d.md", i)),
          "# Notat " + i + "\n\nMøtet om budsjettet for nummer " + i + " ble utsatt.\n");
    }
  }

  private int segments() throws IOException {
    try (Directory directory = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      return reader.leaves().size();
    }
  }
}
