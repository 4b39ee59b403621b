package no.tolk.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import no.tolk.index.IndexProgress;
import no.tolk.index.Indexer;
import no.tolk.testing.IndexedCorpus;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk fills up while the real Indexer writes: the run fails saying why, and the previous
 * commit still opens, passes CheckIndex and answers the same. scripts/crash-test also fills a real
 * tmpfs under `tolk index`.
 */
class FullDiskTest {

  @TempDir Path dir;

  @Test
  void a_full_disk_stops_the_run_and_leaves_the_previous_commit_intact() throws Exception {
    try (IndexedCorpus real = new IndexedCorpus(dir)) {
      real.index();
      List<String> before = IndexChecks.ids(real.index, real.analyzers, "Maduro");
      assertThat(before).hasSize(2);

      for (int i = 0; i < 150; i++) {
        real.write(String.format("fyll/notat-%03d.md", i),
            "# Notat " + i + "\n\n" + ("fyllord nummer " + i + " ").repeat(200) + "\n");
      }
      IndexWriter writer =
          Indexer.openWriter(new DiskFullDirectory(FSDirectory.open(real.index), 64 * 1024));
      try (Directory full = writer.getDirectory()) {
        assertThatThrownBy(
                () -> real.indexer.sync(writer, real.corpus, IndexProgress.SILENT, () -> false))
            .isInstanceOf(IOException.class)
            .hasMessageContaining("No space left on device");
      } finally {
        // The failed writer gives up its lock without committing anything.
        writer.rollback();
      }

      IndexChecks.assertClean(real.index);
      assertThat(IndexChecks.ids(real.index, real.analyzers, "Maduro")).isEqualTo(before);
      assertThat(IndexChecks.ids(real.index, real.analyzers, "fyllord")).isEmpty();
      // Space again: the next run completes.
      real.write("notes/ny.md", "# Ny\n\nEt nytt notat om Maduro.\n");
      assertThat(real.index().indexed()).isEqualTo(151);
      IndexChecks.assertClean(real.index);
    }
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
