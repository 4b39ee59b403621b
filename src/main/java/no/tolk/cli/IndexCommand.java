package no.tolk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.tolk.analysis.Analyzers;
import no.tolk.analysis.LanguageDetector;
import no.tolk.index.IndexReport;
import no.tolk.index.Indexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tolk index}: brings the index up to date with the corpus folder and says what it did. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = "Index new and changed files of the corpus; drop files that are gone.")
final class IndexCommand implements Callable<Integer> {

  @Option(names = "--corpus", defaultValue = "corpus", description = "Documents folder (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--index", defaultValue = "index", description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path index;

  @Override
  public Integer call() throws Exception {
    return Failures.guard(() -> {
      IndexReport report = update(corpus, index);
      System.out.print(report.summary());
      return 0;
    });
  }

  static IndexReport update(Path corpus, Path index) throws java.io.IOException {
    try (Analyzers analyzers = new Analyzers()) {
      return new Indexer(analyzers, new LanguageDetector()).update(corpus, index);
    }
  }
}
