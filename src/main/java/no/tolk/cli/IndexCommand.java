package no.tolk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import no.tolk.analysis.Analyzers;
import no.tolk.analysis.LanguageDetector;
import no.tolk.index.IndexReport;
import no.tolk.index.Indexer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tolk index}: brings the index up to date with the corpus folder and says what it did. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Index new and changed files of the corpus; drop files that are gone.",
      "Ctrl-C stops after the current file; what is done is kept and the next run goes on."
    })
final class IndexCommand implements Callable<Integer> {

  /** How long Ctrl-C waits for the current file and the commit. */
  private static final long STOP_WAIT_SECONDS = 30;

  @Mixin FolderOptions.Corpus corpusOption;

  @Mixin FolderOptions.Index indexOption;

  @Override
  public Integer call() throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch done = new CountDownLatch(1);
    Thread onCtrlC = new Thread(() -> {
      stop.set(true);
      try {
        done.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    Runtime.getRuntime().addShutdownHook(onCtrlC);
    try (Analyzers analyzers = new Analyzers()) {
      IndexReport report;
      IndexWriter writer = Indexer.openWriter(indexOption.index);
      try (Directory directory = writer.getDirectory();
          writer) {
        report = new Indexer(analyzers, new LanguageDetector())
            .sync(writer, corpusOption.corpus, ProgressPrinter.forConsole(), stop::get);
      }
      System.out.print(report.summary());
      return report.interrupted() ? 130 : 0;
    } finally {
      done.countDown();
      removeHook(onCtrlC);
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // Ctrl-C is being handled: the hook is running and ends with us.
    }
  }
}
