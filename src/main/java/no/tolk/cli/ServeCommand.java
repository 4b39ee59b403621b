package no.tolk.cli;

import io.javalin.Javalin;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import no.tolk.analysis.Analyzers;
import no.tolk.analysis.LanguageDetector;
import no.tolk.index.Indexer;
import no.tolk.search.SearchService;
import no.tolk.web.WebApp;
import no.tolk.web.WebConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tolk serve}: brings the index up to date, then serves search in the browser. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Index the corpus, then serve search at http://HOST:PORT until stopped.")
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--corpus", defaultValue = "corpus", description = "Documents folder (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--index", defaultValue = "index", description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}).")
  int port;

  @Override
  public Integer call() throws Exception {
    TolkConfig config = new TolkConfig(corpus, index, host, port);
    return Failures.guard(() -> serve(config));
  }

  private static int serve(TolkConfig config) throws Exception {
    Analyzers analyzers = new Analyzers();
    System.out.print(
        new Indexer(analyzers, new LanguageDetector()).update(config.corpus(), config.index())
            .summary());
    SearchService service = SearchService.open(config.index(), analyzers);
    if (!InetAddress.getByName(config.host()).isLoopbackAddress()) {
      System.err.println("tolk: warning: listening on " + config.host()
          + " makes your documents searchable by other machines on the network.");
    }
    Javalin app = WebApp.create(new WebConfig(config.host(), config.port()), service).start();
    System.out.printf("Tolk is serving %s at http://%s:%d/ (Ctrl-C to stop)%n",
        config.corpus(), config.host(), app.port());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      try {
        service.close();
      } catch (java.io.IOException e) {
        System.err.println("tolk: closing the index: " + e.getMessage());
      }
      analyzers.close();
      stopped.countDown();
    }));
    stopped.await();
    return 0;
  }
}
