package no.tolk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import no.tolk.analysis.Language;
import no.tolk.index.DocumentId;
import no.tolk.index.Fields;
import no.tolk.index.Fingerprint;
import no.tolk.index.IndexReport;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import no.tolk.testing.IndexedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalIndexTest {

  @TempDir Path dir;

  @Test
  void second_run_over_an_unchanged_corpus_changes_nothing() throws IOException {
    try (IndexedCorpus fixture = new IndexedCorpus(dir)) {
      IndexReport first = fixture.index();
      assertThat(first.indexed()).isEqualTo(2);
      assertThat(first.languages()).containsKeys(Language.NB, Language.EN);
      IndexReport second = fixture.index();
      assertThat(second.indexed()).isZero();
      assertThat(second.unchanged()).isEqualTo(2);
      assertThat(fixture.search("Maduro").total()).isEqualTo(2);
    }
  }

  @Test
  void added_changed_and_deleted_files_are_reflected_without_duplicates() throws IOException {
    try (IndexedCorpus fixture = new IndexedCorpus(dir)) {
      fixture.index();
      Path note = fixture.write("notes/fjord.md", "# Fjordferge\n\nKaffen om bord er kald.\n");
      IndexReport added = fixture.index();
      assertThat(added.indexed()).isEqualTo(1);
      assertThat(fixture.search("kaffen").hits()).extracting(Hit::path).containsExactly("notes/fjord.md");

      Files.writeString(note, "# Fjordferge\n\nBussen til Bergen går klokka elleve.\n");
      Files.setLastModifiedTime(note, FileTime.from(Instant.now().plusSeconds(5)));
      IndexReport changed = fixture.index();
      assertThat(changed.indexed()).isEqualTo(1);
      assertThat(changed.unchanged()).isEqualTo(2);
      assertThat(fixture.search("kaffen").total()).as("stale text").isZero();
      assertThat(fixture.search("bussen").hits()).extracting(Hit::path).containsExactly("notes/fjord.md");
      assertThat(fixture.search("Fjordferge").total()).as("one document, not two").isEqualTo(1);

      Files.delete(note);
      IndexReport deleted = fixture.index();
      assertThat(deleted.removed()).isEqualTo(1);
      assertThat(fixture.search("bussen").total()).isZero();
    }
  }

  @Test
  void touched_file_with_same_content_is_unchanged() throws IOException {
    try (IndexedCorpus fixture = new IndexedCorpus(dir)) {
      fixture.index();
      Path news = fixture.corpus.resolve(SearchServiceTest.NEWS);
      Files.setLastModifiedTime(news, FileTime.from(Instant.now().plusSeconds(60)));
      IndexReport report = fixture.index();
      assertThat(report.indexed()).isZero();
      assertThat(report.unchanged()).isEqualTo(2);
      // Its new time is recorded, so later runs need not read and hash it again.
      assertThat(fingerprint(fixture.index, SearchServiceTest.NEWS).modifiedMillis())
          .isEqualTo(Files.getLastModifiedTime(news).toMillis());
    }
  }

  /** The fingerprint the index holds for the file at {@code path}. */
  private static Fingerprint fingerprint(Path index, String path) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      Term id = new Term(Fields.ID, DocumentId.of(path));
      for (LeafReaderContext leaf : reader.leaves()) {
        PostingsEnum docs = leaf.reader().postings(id);
        int doc = docs == null ? DocIdSetIterator.NO_MORE_DOCS : docs.nextDoc();
        BinaryDocValues values = leaf.reader().getBinaryDocValues(Fields.FINGERPRINT);
        if (doc != DocIdSetIterator.NO_MORE_DOCS && values.advanceExact(doc)) {
          return Fingerprint.decode(values.binaryValue().utf8ToString());
        }
      }
    }
    throw new AssertionError("no fingerprint for " + path);
  }

  @Test
  void broken_file_is_skipped_with_its_reason_and_the_rest_indexed() throws IOException {
    try (IndexedCorpus fixture = new IndexedCorpus(dir)) {
      fixture.write("empty.txt", "");
      Files.write(fixture.corpus.resolve("binary.txt"), new byte[] {0, 1, 2, 0, (byte) 0xff, 0});
      IndexReport report = fixture.index();
      assertThat(report.indexed()).isEqualTo(2);
      assertThat(report.skipped()).extracting(IndexReport.Skip::path)
          .containsExactlyInAnyOrder("empty.txt", "binary.txt");
      assertThat(report.skipped()).allSatisfy(skip -> assertThat(skip.reason()).isNotBlank());
      assertThat(report.summary()).contains("skipped empty.txt: ", "skipped binary.txt: ");
    }
  }

  @Test
  void ids_are_stable_across_a_rebuild() throws IOException {
    String before;
    try (IndexedCorpus fixture = new IndexedCorpus(dir)) {
      fixture.index();
      before = fixture.search("Rostec").hits().get(0).id();
    }
    try (IndexedCorpus fresh = new IndexedCorpus(dir.resolve("again"))) {
      fresh.index();
      assertThat(fresh.search("Rostec").hits().get(0).id()).isEqualTo(before);
    }
  }
}
