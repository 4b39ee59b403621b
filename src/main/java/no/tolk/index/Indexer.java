package no.tolk.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Collections;
import java.util.Comparator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import no.tolk.analysis.Analyzers;
import no.tolk.analysis.Language;
import no.tolk.analysis.LanguageDetector;
import no.tolk.ingest.CorpusFile;
import no.tolk.ingest.CorpusScan;
import no.tolk.ingest.CorpusWalker;
import no.tolk.ingest.DocumentReaders;
import no.tolk.ingest.FileSnapshot;
import no.tolk.ingest.TikaReader;
import no.tolk.ingest.UnreadableDocumentException;
import no.tolk.ingest.SourceDocument;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.IORunnable;
import org.apache.lucene.util.BytesRef;

/**
 * Brings the index in line with a corpus folder: new and changed files are (re)indexed, files that
 * are gone are removed, unchanged files are left alone. One bad file never stops a run; a stopped
 * run keeps what it finished, and the next one picks up from there.
 */
public final class Indexer {

  /**
   * Bumped whenever analysis or fields change: an index written by another version is rebuilt
   * from scratch rather than mixing two ways of reading text.
   */
  static final String SCHEMA = "tolk-11";

  private static final String SCHEMA_KEY = "tolk.schema";
  /** Commit data: "true" while a build's closing merge into one segment is still to be done. */
  private static final String MERGE_DUE_KEY = "tolk.mergeDue";

  /** Memory for documents not yet flushed to a segment, shared by the indexing threads. */
  static final double RAM_BUFFER_MB = 64;

  /** Work is committed at least this often, so an interrupted run loses little. */
  static final Duration COMMIT_EVERY = Duration.ofSeconds(10);

  private final DocumentMapper mapper;

  public Indexer(Analyzers analyzers, LanguageDetector detector) {
    this.mapper = new DocumentMapper(analyzers, detector);
  }

  /**
   * Opens {@code indexDir} for writing, creating it if needed; an index of another schema is
   * started afresh. Only one writer may hold a folder: a second gets LockObtainFailedException.
   */
  public static IndexWriter openWriter(Path indexDir) throws IOException {
    Files.createDirectories(indexDir);
    Directory directory = FSDirectory.open(indexDir);
    return openWriter(directory);
  }

  /** As {@link #openWriter(Path)}, on a directory the caller made (tests inject faults here). */
  public static IndexWriter openWriter(Directory directory) throws IOException {
    // One read of the last commit's data tells both whether it can be kept and what it left due.
    Map<String, String> last = lastCommitData(directory);
    boolean current = SCHEMA.equals(last.get(SCHEMA_KEY));
    IndexWriterConfig config =
        new IndexWriterConfig(new KeywordAnalyzer())
            .setOpenMode(current ? OpenMode.CREATE_OR_APPEND : OpenMode.CREATE)
            .setCommitOnClose(false)
            // Fewer, larger flushed segments: less merging later. Well inside a 512 MB heap.
            .setRAMBufferSizeMB(RAM_BUFFER_MB)
            .setMergePolicy(new BuildMergePolicy());
    IndexWriter writer = new IndexWriter(directory, config);
    writer.setLiveCommitData(
        commitData(current && Boolean.parseBoolean(last.get(MERGE_DUE_KEY))).entrySet());
    return writer;
  }

  /** Updates (or creates) the index in {@code indexDir} from the files under {@code corpus}. */
  public IndexReport update(Path corpus, Path indexDir) throws IOException {
    IndexWriter writer = openWriter(indexDir);
    try (Directory directory = writer.getDirectory();
        writer) {
      return sync(writer, corpus, IndexProgress.SILENT, () -> false);
    }
  }

  /**
   * Syncs the index held by {@code writer} with {@code corpus} and commits. Checks {@code stop}
   * between files; when it says stop, commits what is done and skips the removal of files not yet
   * seen.
   */
  public IndexReport sync(
      IndexWriter writer, Path corpus, IndexProgress progress, BooleanSupplier stop)
      throws IOException {
    return sync(writer, corpus, progress, stop, () -> {});
  }

  /**
   * As {@link #sync(IndexWriter, Path, IndexProgress, BooleanSupplier)}; {@code beforeMerge} runs
   * once every file is committed, before a closing merge, so a live index can show the new
   * documents while the merge runs.
   */
  public IndexReport sync(
      IndexWriter writer, Path corpus, IndexProgress progress, BooleanSupplier stop,
      IORunnable beforeMerge) throws IOException {
    long start = System.nanoTime();
    if (!Files.isDirectory(corpus)) {
      throw new IOException("corpus folder not found: " + corpus.toAbsolutePath());
    }
    // A build from empty wants its merge even if it is cut short, by a stop or a crash: the
    // commits made along the way say so, and the run that finishes the build merges.
    boolean mergeDue = liveMergeDue(writer) || writer.getDocStats().numDocs == 0;
    writer.setLiveCommitData(commitData(mergeDue).entrySet());
    // A build leaves merging to its closing merge. Taken now: a writer that failed (a full disk)
    // is closed, and would no longer hand out its policy.
    BuildMergePolicy policy = BuildMergePolicy.of(writer);
    policy.holdMerges(mergeDue);
    try {
      return syncFiles(writer, policy, corpus, progress, stop, beforeMerge, mergeDue, start);
    } finally {
      policy.holdMerges(false);
    }
  }

  private IndexReport syncFiles(
      IndexWriter writer, BuildMergePolicy policy, Path corpus, IndexProgress progress,
      BooleanSupplier stop, IORunnable beforeMerge, boolean mergeDue, long start)
      throws IOException {
    Run run = new Run(writer, fingerprints(writer));
    CorpusScan scan = CorpusWalker.walk(corpus);
    scan.skipped().forEach(s -> run.skipped.add(new IndexReport.Skip(s.relativePath(), s.reason())));
    IndexProgress shared = synchronizedProgress(progress);
    shared.started(scan.files().size(), scan.files().stream().mapToLong(CorpusFile::size).sum());
    boolean interrupted = visitAll(run, scan.files(), shared, stop);
    if (!interrupted) {
      for (String gone : run.unseen()) {
        writer.deleteDocuments(new Term(Fields.ID, gone));
        run.removed.incrementAndGet();
      }
    }
    // A build stopped before its closing merge finished leaves the merge due: the next run,
    // however little it writes, makes up for it.
    mergeDue |= wroteHalf(writer, run.indexed.get());
    // Held from here at the latest, before the commit that could start merges: a merge of the
    // policy's own beside the closing one would write the same segments once more.
    policy.holdMerges(mergeDue);
    writer.setLiveCommitData(commitData(mergeDue).entrySet());
    writer.commit();
    if (mergeDue && !interrupted && segments(writer) <= 1) {
      writer.setLiveCommitData(commitData(false).entrySet());
      writer.commit();
    } else if (mergeDue && !interrupted && !stop.getAsBoolean()) {
      shared.merging();
      beforeMerge.run();
      mergeIntoOne(writer, stop);
    }
    List<IndexReport.Skip> skipped = new ArrayList<>(run.skipped);
    skipped.sort(Comparator.comparing(IndexReport.Skip::path));
    IndexReport report =
        new IndexReport(run.indexed.get(), run.unchanged.get(), run.removed.get(), skipped,
            run.languages, Duration.ofNanos(System.nanoTime() - start), interrupted);
    shared.finished(report);
    return report;
  }

  /**
   * True when this run wrote at least half the index: a build from scratch or close to it. Such a
   * run leaves many segments; merged into one, searches at 1M passages take a sixth less time
   * than on a dozen. Small updates are left to the merge policy, so a 1% edit stays quick.
   */
  private static boolean wroteHalf(IndexWriter writer, int indexed) {
    return indexed > 0 && indexed * 2L >= writer.getDocStats().numDocs;
  }

  private static int segments(IndexWriter writer) throws IOException {
    return SegmentInfos.readLatestCommit(writer.getDirectory()).size();
  }

  /** The flag as the writer will commit it: read from the index it opened, unless it replaces it. */
  private static boolean liveMergeDue(IndexWriter writer) {
    for (Map.Entry<String, String> entry : writer.getLiveCommitData()) {
      if (entry.getKey().equals(MERGE_DUE_KEY)) {
        return Boolean.parseBoolean(entry.getValue());
      }
    }
    return false;
  }

  private static Map<String, String> commitData(boolean mergeDue) {
    return Map.of(SCHEMA_KEY, SCHEMA, MERGE_DUE_KEY, Boolean.toString(mergeDue));
  }

  /**
   * Merges the index into one segment and commits it. Everything is committed before, so a stop
   * does not wait for the merge (20 s at 1M passages): the writer aborts it when it closes.
   */
  private static void mergeIntoOne(IndexWriter writer, BooleanSupplier stop) throws IOException {
    writer.forceMerge(1, false);
    while (writer.hasPendingMerges() || !writer.getMergingSegments().isEmpty()) {
      if (stop.getAsBoolean()) {
        return;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    // Returns at once when the merge is done; a merge that failed (a full disk: it needs about
    // the index's size again) is tried once more here, and its error reaches the caller. It is
    // not due any more then: every later sync would try it again, and fail again.
    try {
      writer.forceMerge(1, true);
    } finally {
      writer.setLiveCommitData(commitData(false).entrySet());
      writer.commit();
    }
  }

  /**
   * Reads, analyses and adds the files on every core; commits now and then. Returns true if
   * {@code stop} ended the run early; rethrows the first failure to write the index.
   */
  private boolean visitAll(
      Run run, List<CorpusFile> files, IndexProgress progress, BooleanSupplier stop)
      throws IOException {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService workers = Executors.newFixedThreadPool(threads, WORKER_THREADS);
    // A few files in flight per thread keep every core busy without reading ahead of need.
    Semaphore inFlight = new Semaphore(threads * 4);
    AtomicReference<IOException> failure = new AtomicReference<>();
    long lastCommit = System.nanoTime();
    boolean interrupted = false;
    try {
      for (CorpusFile file : files) {
        if (stop.getAsBoolean() || failure.get() != null) {
          interrupted = true;
          break;
        }
        run.seen.add(DocumentId.of(file.relativePath()));
        inFlight.acquireUninterruptibly();
        workers.execute(() -> {
          try {
            run.visit(file);
            progress.advanced(file.relativePath(), file.size());
          } catch (IOException e) {
            failure.compareAndSet(null, e);
          } catch (RuntimeException e) {
            // A bug on one document must neither stop the run nor vanish: it is reported.
            run.skipped.add(new IndexReport.Skip(file.relativePath(), "could not index: " + e));
          } finally {
            inFlight.release();
          }
        });
        if (System.nanoTime() - lastCommit > COMMIT_EVERY.toNanos()) {
          run.writer.commit();
          lastCommit = System.nanoTime();
        }
      }
    } finally {
      workers.shutdown();
      awaitQuietly(workers);
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    return interrupted;
  }

  private static final ThreadFactory WORKER_THREADS =
      task -> Thread.ofPlatform().daemon().name("tolk-indexer").unstarted(task);

  private static void awaitQuietly(ExecutorService workers) {
    boolean interrupted = false;
    while (true) {
      try {
        if (workers.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Workers report progress from several threads; the listener hears one at a time. */
  private static IndexProgress synchronizedProgress(IndexProgress progress) {
    return new IndexProgress() {
      @Override
      public synchronized void started(int files, long bytes) {
        progress.started(files, bytes);
      }

      @Override
      public synchronized void advanced(String path, long bytes) {
        progress.advanced(path, bytes);
      }

      @Override
      public synchronized void merging() {
        progress.merging();
      }

      @Override
      public synchronized void finished(IndexReport report) {
        progress.finished(report);
      }
    };
  }

  /**
   * The data of the last commit, empty for a new index. Read from the commit point alone: opening
   * a reader would open every segment only to look at a few strings.
   */
  private static Map<String, String> lastCommitData(Directory directory) throws IOException {
    return DirectoryReader.indexExists(directory)
        ? SegmentInfos.readLatestCommit(directory).getUserData()
        : Map.of();
  }

  /** Id -> fingerprint of every document the writer holds, committed or not. */
  private static Map<String, Fingerprint> fingerprints(IndexWriter writer) throws IOException {
    Map<String, Fingerprint> known = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (var leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        SortedSetDocValues ids = leaf.reader().getSortedSetDocValues(Fields.ID);
        BinaryDocValues prints = leaf.reader().getBinaryDocValues(Fields.FINGERPRINT);
        if (ids == null || prints == null) {
          continue;
        }
        for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
          if ((live == null || live.get(doc)) && prints.advanceExact(doc)) {
            String id = ids.lookupOrd(ids.nextOrd()).utf8ToString();
            known.put(id, Fingerprint.decode(prints.binaryValue().utf8ToString()));
          }
        }
      }
    }
    return known;
  }

  /** The state of one run over the corpus, shared by the worker threads. */
  private final class Run {
    final IndexWriter writer;
    final Map<String, Fingerprint> known;
    /** Ids of the files walked so far; added to by the walking thread only. */
    final Set<String> seen = new HashSet<>();
    final List<IndexReport.Skip> skipped = Collections.synchronizedList(new ArrayList<>());
    final Map<Language, Integer> languages = new ConcurrentHashMap<>();
    final AtomicInteger indexed = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final AtomicInteger removed = new AtomicInteger();

    Run(IndexWriter writer, Map<String, Fingerprint> known) {
      this.writer = writer;
      this.known = known;
    }

    void visit(CorpusFile file) throws IOException {
      String id = DocumentId.of(file.relativePath());
      Fingerprint before = known.get(id);
      long modified = file.lastModified().toEpochMilli();
      if (before != null && before.sameFile(file.size(), modified)) {
        unchanged.incrementAndGet();
        return;
      }
      byte[] content;
      try {
        // Within the size limit even if the file grew since the walk looked at it.
        content = FileSnapshot.read(file.file(), file.relativePath(), TikaReader.DEFAULT_MAX_BYTES);
      } catch (UnreadableDocumentException e) {
        skipped.add(new IndexReport.Skip(file.relativePath(), reason(e)));
        return;
      } catch (IOException | UncheckedIOException e) {
        skipped.add(new IndexReport.Skip(file.relativePath(), "cannot read: " + reason(e)));
        return;
      }
      Fingerprint now = new Fingerprint(content.length, modified, Fingerprint.hash(content));
      if (before != null && before.contentHash().equals(now.contentHash())) {
        // Only touched: record its new time, or every later run would read and hash it again.
        writer.updateBinaryDocValue(
            new Term(Fields.ID, id), Fields.FINGERPRINT, new BytesRef(now.encode()));
        unchanged.incrementAndGet();
        return;
      }
      SourceDocument source;
      try {
        source = DocumentReaders.read(content, file.file(), file.relativePath());
      } catch (IOException | RuntimeException e) {
        // A reader bug or a bad file must not stop the run; the reason is reported.
        skipped.add(new IndexReport.Skip(file.relativePath(), reason(e)));
        return;
      }
      DocumentMapper.Mapped mapped = mapper.map(source, now);
      writer.updateDocument(new Term(Fields.ID, id), mapped.document());
      mapped.blockLanguages().forEach(language -> languages.merge(language, 1, Integer::sum));
      indexed.incrementAndGet();
    }

    List<String> unseen() {
      return known.keySet().stream().filter(id -> !seen.contains(id)).sorted().toList();
    }
  }

  private static String reason(Exception e) {
    if (e instanceof UnreadableDocumentException unreadable) {
      return unreadable.reason();
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
