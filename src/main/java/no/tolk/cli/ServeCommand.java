package no.tolk.cli;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import no.tolk.analysis.Analyzers;
import no.tolk.analysis.LanguageDetector;
import no.tolk.index.CorpusWatcher;
import no.tolk.index.IndexProgress;
import no.tolk.index.IndexReport;
import no.tolk.index.Indexer;
import no.tolk.index.LiveIndex;
import no.tolk.search.SearchService;
import no.tolk.web.WebApp;
import no.tolk.web.WebConfig;
import org.apache.lucene.util.IORunnable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tolk serve}: serves search in the browser and keeps the index in step with the folder. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve search at http://HOST:PORT until stopped.",
      "Answers from the existing index at once, brings it up to date in the background, "
          + "then follows changes to the corpus folder."
    })
final class ServeCommand implements Callable<Integer> {

  @Mixin FolderOptions.Corpus corpusOption;

  @Mixin FolderOptions.Index indexOption;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--max-requests-per-second", defaultValue = "" + WebConfig.DEFAULT_REQUESTS_PER_SECOND,
      description = "Requests per second one client may send, bursts of 4 s' worth (default: ${DEFAULT-VALUE}; 0: no limit, for load tests on loopback).")
  int requestsPerSecond;

  @Option(names = "--watch", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Follow changes to the corpus folder (default: on; --no-watch to turn off).")
  boolean watch;

  @Override
  public Integer call() throws Exception {
    WebConfig web = new WebConfig(host, port, corpusOption.corpus, requestsPerSecond);
    return serve(web, indexOption.index, watch);
  }

  private static int serve(WebConfig config, Path index, boolean watch) throws Exception {
    if (!java.nio.file.Files.isDirectory(config.corpus())) {
      throw new IOException("corpus folder not found: " + config.corpus().toAbsolutePath());
    }
    Analyzers analyzers = new Analyzers();
    LiveIndex live =
        LiveIndex.open(config.corpus(), index, new Indexer(analyzers, new LanguageDetector()));
    AtomicBoolean stopping = new AtomicBoolean();
    AtomicReference<Javalin> app = new AtomicReference<>();
    AtomicReference<CorpusWatcher> watcher = new AtomicReference<>();
    CountDownLatch stopped = new CountDownLatch(1);
    // Starting the server and stopping it take turns: a stop during a first run's indexing must
    // not find no server, and then have one start behind it.
    Object serverTurn = new Object();
    Runnable shutDown = () -> {
      stopping.set(true);
      closeQuietly(watcher.get());
      synchronized (serverTurn) {
        if (app.get() != null) {
          app.get().stop();
        }
      }
      closeQuietly(live);
      analyzers.close();
      stopped.countDown();
    };
    Thread hook = new Thread(shutDown);
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      // Watch before the first sync, so a file added during it is not missed; syncs take turns.
      if (watch) {
        watcher.set(CorpusWatcher.start(config.corpus(), () -> syncQuietly(live, stopping)));
      }
      IORunnable startListening = () -> {
        synchronized (serverTurn) {
          if (app.get() == null && !stopping.get()) {
            app.set(listen(config, SearchService.over(live.searchers(), analyzers)));
            System.out.printf("Tolk is serving %s at http://%s:%d/ (Ctrl-C to stop)%n",
                config.corpus(), config.host(), app.get().port());
          }
        }
      };
      // A first run indexes before it listens, so the first visit finds everything (it does not
      // wait for the closing merge, which only makes searches faster); later runs answer from the
      // index they have at once and catch up behind.
      boolean firstRun = live.isEmpty();
      if (firstRun) {
        System.out.print(
            live.sync(ProgressPrinter.forConsole(), stopping::get, startListening).summary());
      }
      startListening.run();
      if (!firstRun) {
        System.out.print(live.sync(ProgressPrinter.forConsole(), stopping::get).summary());
      }
      if (watch) {
        System.out.println("watching " + config.corpus() + " for changes");
      }
    } catch (IOException | RuntimeException e) {
      // Failing to start leaves nothing running: no watcher, no open index, no hook.
      Runtime.getRuntime().removeShutdownHook(hook);
      shutDown.run();
      throw e;
    }
    stopped.await();
    return 0;
  }

  private static Javalin listen(WebConfig config, SearchService service) throws IOException {
    if (!InetAddress.getByName(config.host()).isLoopbackAddress()) {
      System.err.println("tolk: warning: listening on " + config.host()
          + " makes your documents searchable by other machines on the network.");
    }
    try {
      return WebApp.create(config, service).start();
    } catch (JavalinBindException e) {
      throw new IOException(
          "cannot listen on " + config.host() + ":" + config.port()
              + " (in use by another program, or not an address of this machine)");
    }
  }

  private static void closeQuietly(java.io.Closeable resource) {
    if (resource == null) {
      return;
    }
    try {
      resource.close();
    } catch (IOException e) {
      System.err.println("tolk: closing: " + e.getMessage());
    }
  }

  /** A sync after a change: one line when something changed, never an exception. */
  private static void syncQuietly(LiveIndex live, AtomicBoolean stopping) {
    if (stopping.get()) {
      return;
    }
    try {
      IndexReport report = live.sync(IndexProgress.SILENT, stopping::get);
      if (report.changedAnything() || !report.skipped().isEmpty()) {
        System.out.print("corpus changed: " + report.summary());
      }
    } catch (IOException | RuntimeException e) {
      System.err.println("tolk: updating the index failed: " + e.getMessage());
    }
  }
}
