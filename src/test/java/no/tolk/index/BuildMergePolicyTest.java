package no.tolk.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60) // a merge that never ends fails the test instead of hanging the build
class BuildMergePolicyTest {

  @Test
  void a_held_build_keeps_its_flushed_segments_and_merges_once_released() throws Exception {
    try (Directory directory = new ByteBuffersDirectory();
        IndexWriter writer = Indexer.openWriter(directory)) {
      BuildMergePolicy policy = (BuildMergePolicy) writer.getConfig().getMergePolicy();
      policy.holdMerges(true);
      addSegments(writer, 30);
      assertThat(segments(writer)).as("held: nothing merged").isEqualTo(30);

      policy.holdMerges(false);
      writer.maybeMerge();
      awaitMerges(writer);
      assertThat(segments(writer)).as("released: the tiered policy merges").isLessThan(30);
      assertThat(docs(writer)).isEqualTo(30);
    }
  }

  @Test
  void a_held_build_merges_after_all_once_it_has_too_many_segments() throws Exception {
    try (Directory directory = new ByteBuffersDirectory();
        IndexWriter writer = Indexer.openWriter(directory)) {
      ((BuildMergePolicy) writer.getConfig().getMergePolicy()).holdMerges(true);
      addSegments(writer, BuildMergePolicy.MAX_HELD_SEGMENTS + 10);
      awaitMerges(writer);
      assertThat(segments(writer)).isLessThan(BuildMergePolicy.MAX_HELD_SEGMENTS);
      assertThat(docs(writer)).isEqualTo(BuildMergePolicy.MAX_HELD_SEGMENTS + 10);
    }
  }

  /** One document per commit: a segment each. */
  private static void addSegments(IndexWriter writer, int count) throws IOException {
    for (int i = 0; i < count; i++) {
      Document doc = new Document();
      doc.add(new StringField(Fields.ID, "doc-" + i, Field.Store.NO));
      writer.addDocument(doc);
      writer.commit();
    }
  }

  private static void awaitMerges(IndexWriter writer) throws InterruptedException {
    while (writer.hasPendingMerges() || !writer.getMergingSegments().isEmpty()) {
      Thread.sleep(10);
    }
  }

  private static int segments(IndexWriter writer) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      return reader.leaves().size();
    }
  }

  private static int docs(IndexWriter writer) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      return reader.numDocs();
    }
  }
}
