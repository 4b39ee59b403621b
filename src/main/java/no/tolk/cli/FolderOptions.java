package no.tolk.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The folder options the commands share, each declared once. */
final class FolderOptions {

  private FolderOptions() {}

  /** {@code --corpus}: where the documents are. */
  static final class Corpus {
    @Option(names = "--corpus", defaultValue = "corpus", description = "Documents folder (default: ${DEFAULT-VALUE}).")
    Path corpus;
  }

  /** {@code --index}: where the index is. */
  static final class Index {
    @Option(names = "--index", defaultValue = "index", description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;
  }
}
