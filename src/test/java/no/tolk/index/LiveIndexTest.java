package no.tolk.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import no.tolk.analysis.Analyzers;
import no.tolk.analysis.LanguageDetector;
import no.tolk.search.Hit;
import no.tolk.search.SearchRequest;
import no.tolk.search.SearchService;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveIndexTest {

  @TempDir Path dir;
  Path corpus;
  Path indexDir;
  Analyzers analyzers;
  Indexer indexer;

  @BeforeEach
  void corpusOfTwelveNotes() throws IOException {
    corpus = dir.resolve("corpus");
    indexDir = dir.resolve("index");
    Files.createDirectories(corpus);
    writeNotes(0, 12);
    analyzers = new Analyzers();
    indexer = new Indexer(analyzers, new LanguageDetector());
  }

  @AfterEach
  void close() {
    analyzers.close();
  }

  private static List<String> paths(SearchService service, String query) {
    return service.search(new SearchRequest(query, Optional.empty(), 0, 50)).hits().stream()
        .map(Hit::path).toList();
  }

  @Test
  void interrupted_run_keeps_its_work_and_the_next_run_goes_on_from_there() throws IOException {
    AtomicInteger done = new AtomicInteger();
    IndexProgress counting = new IndexProgress() {
      @Override public void started(int files, long bytes) {
        assertThat(files).isEqualTo(12);
      }
      @Override public void advanced(String path, long bytes) {
        done.incrementAndGet();
      }
    };
    IndexWriter writer = Indexer.openWriter(indexDir);
    IndexReport first;
    try (Directory directory = writer.getDirectory(); writer) {
      AtomicInteger asked = new AtomicInteger();
      // The run asks before each file; saying stop on the sixth question stops it after five.
      first = indexer.sync(writer, corpus, counting, () -> asked.incrementAndGet() > 5);
    }
    assertThat(first.interrupted()).isTrue();
    assertThat(first.indexed()).isEqualTo(5);
    assertThat(done.get()).as("every started file is finished").isEqualTo(5);

    IndexReport second = indexer.update(corpus, indexDir);
    assertThat(second.interrupted()).isFalse();
    assertThat(second.unchanged()).as("finished work is not redone").isEqualTo(5);
    assertThat(second.indexed()).isEqualTo(7);
    assertThat(second.removed()).isZero();
    try (SearchService service = SearchService.open(indexDir, analyzers)) {
      assertThat(paths(service, "budsjettet")).hasSize(12);
    }
  }

  @Test
  void updates_are_searchable_at_once_and_a_held_searcher_never_sees_half_of_one()
      throws IOException {
    try (LiveIndex live = LiveIndex.open(corpus, indexDir, indexer)) {
      live.sync(IndexProgress.SILENT, () -> false);
      SearchService service = SearchService.over(live.searchers(), analyzers);
      assertThat(paths(service, "budsjettet")).hasSize(12);

      var held = live.searchers().acquire();
      try {
        Files.writeString(corpus.resolve("late.md"), "# Sent\n\nBudsjettet kom sent.\n");
        Files.delete(corpus.resolve("note-00.md"));
        live.sync(IndexProgress.SILENT, () -> false);
        assertThat(held.getIndexReader().numDocs()).as("a snapshot is a snapshot").isEqualTo(12);
      } finally {
        live.searchers().release(held);
      }
      assertThat(paths(service, "budsjettet")).contains("late.md").doesNotContain("note-00.md")
          .hasSize(12);
    }
  }

  @Test
  void second_writer_on_the_same_folder_is_refused() throws IOException {
    try (LiveIndex live = LiveIndex.open(corpus, indexDir, indexer)) {
      org.junit.jupiter.api.Assertions.assertThrows(
          LockObtainFailedException.class, () -> Indexer.openWriter(indexDir));
    }
  }

  @Test
  void watcher_follows_added_renamed_and_deleted_files() throws Exception {
    try (LiveIndex live = LiveIndex.open(corpus, indexDir, indexer)) {
      live.sync(IndexProgress.SILENT, () -> false);
      SearchService service = SearchService.over(live.searchers(), analyzers);
      List<String> failures = new ArrayList<>();
      try (CorpusWatcher watcher = CorpusWatcher.start(corpus, () -> {
        try {
          live.sync(IndexProgress.SILENT, () -> false);
        } catch (IOException e) {
          failures.add(e.getMessage());
        }
      })) {
        Files.writeString(corpus.resolve("ferje.md"), "# Ferje\n\nKaffen om bord er kald.\n");
        awaitPaths(service, "kaffen", List.of("ferje.md"));

        Files.createDirectories(corpus.resolve("arkiv"));
        Files.move(corpus.resolve("ferje.md"), corpus.resolve("arkiv/ferje.md"));
        awaitPaths(service, "kaffen", List.of("arkiv/ferje.md"));

        Files.delete(corpus.resolve("arkiv/ferje.md"));
        awaitPaths(service, "kaffen", List.of());
      }
      assertThat(failures).isEmpty();
    }
  }

  @Test
  void a_run_that_writes_half_the_index_merges_it_and_a_small_update_does_not()
      throws IOException {
    deleteNotes(6, 12);
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
  void every_document_is_searchable_before_the_closing_merge_begins() throws IOException {
    deleteNotes(6, 12);
    indexer.update(corpus, indexDir);
    writeNotes(6, 12);
    List<String> seen = new ArrayList<>();
    try (LiveIndex live = LiveIndex.open(corpus, indexDir, indexer)) {
      SearchService service = SearchService.over(live.searchers(), analyzers);
      live.sync(
          IndexProgress.SILENT,
          () -> false,
          () -> seen.add(paths(service, "budsjettet").size() + " found, " + segments() + " segments"));
    }
    // A first serve starts listening here: it need not wait for the merge.
    assertThat(seen).hasSize(1);
    assertThat(seen.get(0)).startsWith("12 found, ").doesNotEndWith(" 1 segments");
    assertThat(segments()).isEqualTo(1);
  }

  @Test
  void an_index_already_in_one_segment_is_not_merged_again() throws IOException {
    deleteNotes(1, 12);
    AtomicInteger merges = new AtomicInteger();
    IndexProgress counting =
        new IndexProgress() {
          @Override
          public void merging() {
            merges.incrementAndGet();
          }
        };
    IndexWriter writer = Indexer.openWriter(indexDir);
    try (Directory directory = writer.getDirectory();
        writer) {
      assertThat(indexer.sync(writer, corpus, counting, () -> false).indexed()).isEqualTo(1);
    }
    assertThat(segments()).isEqualTo(1);
    assertThat(merges.get()).as("one file, one segment: nothing to merge or to announce").isZero();
    try (Directory directory = FSDirectory.open(indexDir)) {
      assertThat(SegmentInfos.readLatestCommit(directory).getUserData())
          .as("nothing left due for the next run")
          .containsEntry("tolk.mergeDue", "false");
    }
  }

  @Test
  void a_stop_once_every_file_is_done_leaves_the_merge_to_the_next_run()
      throws IOException {
    deleteNotes(6, 12);
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
      assertThat(BuildMergePolicy.of(writer).held())
          .as("a stopped build leaves the writer free to merge again")
          .isFalse();
    }
    // Six new files on the indexing threads flush one segment or two, beside the first run's one.
    assertThat(segments()).as("not merged into one").isGreaterThan(1);
    try (Directory directory = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      assertThat(reader.numDocs()).isEqualTo(12);
    }

    // The next run has nothing to write, but the merge is still due.
    assertThat(indexer.update(corpus, indexDir).indexed()).isZero();
    assertThat(segments()).as("the stopped merge made up for").isEqualTo(1);
    Files.writeString(corpus.resolve("note-03.md"), "# Notat 3\n\nMøtet ble flyttet.\n");
    indexer.update(corpus, indexDir);
    assertThat(segments()).as("done once, not again for a small change").isEqualTo(2);
  }

  private void writeNotes(int from, int to) throws IOException {
    for (int i = from; i < to; i++) {
      Files.writeString(corpus.resolve(String.format("note-%02d.md", i)),
          "# Notat " + i + "\n\nMøtet om budsjettet for nummer " + i + " ble utsatt.\n");
    }
  }

  private void deleteNotes(int from, int to) throws IOException {
    for (int i = from; i < to; i++) {
      Files.delete(corpus.resolve(String.format("note-%02d.md", i)));
    }
  }

  private int segments() throws IOException {
    try (Directory directory = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      return reader.leaves().size();
    }
  }

  private static void awaitPaths(SearchService service, String query, List<String> expected)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!paths(service, query).equals(expected) && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(paths(service, query)).isEqualTo(expected);
  }
}
