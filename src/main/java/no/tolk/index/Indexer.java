package no.tolk.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

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
  static final String SCHEMA = "tolk-6";

  private static final String SCHEMA_KEY = "tolk.schema";

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
    boolean current = currentSchema(directory);
    IndexWriterConfig config =
        new IndexWriterConfig(new KeywordAnalyzer())
            .setOpenMode(current ? OpenMode.CREATE_OR_APPEND : OpenMode.CREATE)
            .setCommitOnClose(false);
    IndexWriter writer = new IndexWriter(directory, config);
    writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA).entrySet());
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
    long start = System.nanoTime();
    if (!Files.isDirectory(corpus)) {
      throw new IOException("corpus folder not found: " + corpus.toAbsolutePath());
    }
    Run run = new Run(writer, fingerprints(writer));
    CorpusScan scan = CorpusWalker.walk(corpus);
    scan.skipped().forEach(s -> run.skipped.add(new IndexReport.Skip(s.relativePath(), s.reason())));
    progress.started(scan.files().size(), scan.files().stream().mapToLong(CorpusFile::size).sum());
    long lastCommit = System.nanoTime();
    boolean interrupted = false;
    for (CorpusFile file : scan.files()) {
      if (stop.getAsBoolean()) {
        interrupted = true;
        break;
      }
      run.visit(file);
      progress.advanced(file.relativePath(), file.size());
      if (System.nanoTime() - lastCommit > COMMIT_EVERY.toNanos()) {
        writer.commit();
        lastCommit = System.nanoTime();
      }
    }
    if (!interrupted) {
      for (String gone : run.unseen()) {
        writer.deleteDocuments(new Term(Fields.ID, gone));
        run.removed++;
      }
    }
    writer.commit();
    IndexReport report =
        new IndexReport(run.indexed, run.unchanged, run.removed, run.skipped, run.languages,
            Duration.ofNanos(System.nanoTime() - start), interrupted);
    progress.finished(report);
    return report;
  }

  private static boolean currentSchema(Directory directory) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return false;
    }
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      return SCHEMA.equals(reader.getIndexCommit().getUserData().get(SCHEMA_KEY));
    }
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

  /** The state of one run over the corpus. */
  private final class Run {
    final IndexWriter writer;
    final Map<String, Fingerprint> known;
    final Set<String> seen = new HashSet<>();
    final List<IndexReport.Skip> skipped = new ArrayList<>();
    final Map<Language, Integer> languages = new EnumMap<>(Language.class);
    int indexed;
    int unchanged;
    int removed;

    Run(IndexWriter writer, Map<String, Fingerprint> known) {
      this.writer = writer;
      this.known = known;
    }

    void visit(CorpusFile file) throws IOException {
      String id = DocumentId.of(file.relativePath());
      seen.add(id);
      Fingerprint before = known.get(id);
      long modified = file.lastModified().toEpochMilli();
      if (before != null && before.sameFile(file.size(), modified)) {
        unchanged++;
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
        unchanged++;
        return;
      }
      SourceDocument source;
      try {
        source = DocumentReaders.read(file.file(), file.relativePath());
      } catch (IOException | RuntimeException e) {
        // A reader bug or a bad file must not stop the run; the reason is reported.
        skipped.add(new IndexReport.Skip(file.relativePath(), reason(e)));
        return;
      }
      Document doc = mapper.map(source, now);
      writer.updateDocument(new Term(Fields.ID, id), doc);
      BlockLayout layout = BlockLayout.decode(doc.getBinaryValue(Fields.LAYOUT));
      layout.entries().forEach(e -> languages.merge(e.language(), 1, Integer::sum));
      indexed++;
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
