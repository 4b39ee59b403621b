package no.tolk.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IORunnable;

/**
 * An index kept open for a server's lifetime: one writer that updates it and near-real-time
 * searchers that see each update as soon as it is done, never half of one.
 */
public final class LiveIndex implements Closeable {

  private final Path corpus;
  private final Indexer indexer;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  private LiveIndex(Path corpus, Indexer indexer, IndexWriter writer) throws IOException {
    this.corpus = corpus;
    this.indexer = indexer;
    this.writer = writer;
    this.searchers = new SearcherManager(writer, WordLengthSimilarity.SEARCHERS);
  }

  /** Takes the index folder for this process; a second process on it gets a clear failure. */
  public static LiveIndex open(Path corpus, Path indexDir, Indexer indexer) throws IOException {
    return new LiveIndex(corpus, indexer, Indexer.openWriter(indexDir));
  }

  /** Brings the index up to date with the corpus and makes the result searchable. */
  public IndexReport sync(IndexProgress progress, BooleanSupplier stop) throws IOException {
    return sync(progress, stop, () -> {});
  }

  /**
   * As {@link #sync(IndexProgress, BooleanSupplier)}; {@code searchable} runs once, as soon as
   * every file is searchable: before a closing merge into one segment (20 s at 1M passages), or
   * at the end when there is none, also after a stop. It runs holding this index's lock, so it
   * must not wait for {@link #close()}.
   */
  public synchronized IndexReport sync(
      IndexProgress progress, BooleanSupplier stop, IORunnable searchable) throws IOException {
    AtomicBoolean ran = new AtomicBoolean();
    IORunnable once = () -> {
      searchers.maybeRefreshBlocking();
      if (ran.compareAndSet(false, true)) {
        searchable.run();
      }
    };
    IndexReport report = indexer.sync(writer, corpus, progress, stop, once);
    once.run();
    return report;
  }

  /** True when the index holds no document yet (a first run, or a rebuild for a new schema). */
  public boolean isEmpty() throws IOException {
    var searcher = searchers.acquire();
    try {
      return searcher.getIndexReader().numDocs() == 0;
    } finally {
      searchers.release(searcher);
    }
  }

  /** Searchers over the latest update; acquire and release each one. */
  public SearcherManager searchers() {
    return searchers;
  }

  @Override
  public synchronized void close() throws IOException {
    Directory directory = writer.getDirectory();
    try (directory;
        writer;
        searchers) {
      // closed in reverse: searchers, then the writer, then its directory
    }
  }
}
