package no.tolk.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk fills up while a run writes: the write fails saying why, and the previous commit still
 * opens, passes CheckIndex and answers the same. The run uses the Indexer's writer settings (no
 * commit on close); the Indexer itself opens its own FSDirectory, so the full disk is simulated
 * on a writer over the same folder, and scripts/crash-test fills a real tmpfs under `tolk index`.
 */
class FullDiskTest {

  @TempDir Path dir;

  @Test
  void a_full_disk_stops_the_run_and_leaves_the_previous_commit_intact() throws Exception {
    try (RealIndex real = new RealIndex(dir)) {
      real.index();
      List<String> before = IndexChecks.ids(real.index, real.analyzers, "Maduro");
      assertThat(before).hasSize(2);

      IndexWriterConfig config =
          new IndexWriterConfig(new KeywordAnalyzer())
              .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
              .setCommitOnClose(false)
              .setRAMBufferSizeMB(1);
      try (Directory full = new DiskFullDirectory(FSDirectory.open(real.index), 64 * 1024);
          IndexWriter writer = new IndexWriter(full, config)) {
        assertThatThrownBy(
                () -> {
                  for (int i = 0; i < 10_000; i++) {
                    writer.addDocument(bigDocument(i));
                  }
                  writer.commit();
                })
            .isInstanceOf(IOException.class)
            .hasMessageContaining("No space left on device");
      }

      IndexChecks.assertClean(real.index);
      assertThat(IndexChecks.ids(real.index, real.analyzers, "Maduro")).isEqualTo(before);
      assertThat(IndexChecks.ids(real.index, real.analyzers, "fyllord")).isEmpty();
      // Space again: the next run completes.
      real.write("notes/ny.md", "# Ny\n\nEt nytt notat om Maduro.\n");
      assertThat(real.index().indexed()).isEqualTo(1);
      IndexChecks.assertClean(real.index);
    }
  }

  private static Document bigDocument(int i) {
    Document doc = new Document();
    String text = ("fyllord nummer " + i + " ").repeat(200);
    doc.add(new TextField("filler_text", text, Field.Store.NO));
    doc.add(new StoredField("filler_stored", text));
    return doc;
  }

  /** A directory that throws, like a full disk, once {@code room} more bytes have been written. */
  static final class DiskFullDirectory extends FilterDirectory {
    private final AtomicLong room;

    DiskFullDirectory(Directory in, long room) {
      super(in);
      this.room = new AtomicLong(room);
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
      return new Full(in.createOutput(name, context));
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
        throws IOException {
      return new Full(in.createTempOutput(prefix, suffix, context));
    }

    private final class Full extends IndexOutput {
      private final IndexOutput out;

      Full(IndexOutput out) {
        super("full(" + out + ")", out.getName());
        this.out = out;
      }

      private void take(long bytes) throws IOException {
        if (room.addAndGet(-bytes) < 0) {
          throw new IOException("No space left on device");
        }
      }

      @Override
      public void writeByte(byte b) throws IOException {
        take(1);
        out.writeByte(b);
      }

      @Override
      public void writeBytes(byte[] b, int offset, int length) throws IOException {
        take(length);
        out.writeBytes(b, offset, length);
      }

      @Override
      public long getFilePointer() {
        return out.getFilePointer();
      }

      @Override
      public long getChecksum() throws IOException {
        return out.getChecksum();
      }

      @Override
      public void close() throws IOException {
        out.close();
      }
    }
  }
}
