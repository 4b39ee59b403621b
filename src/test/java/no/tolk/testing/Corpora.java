package no.tolk.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Copies of the project's real corpus for tests that index it in a folder of their own. */
public final class Corpora {

  /** The seed documents the project ships. */
  public static final Path PROJECT = Path.of("corpus");

  private Corpora() {}

  /** Copies {@code from} into {@code to}, folders and files, keeping modification times. */
  public static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }
}
