package no.tolk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusWalkerTest {

  @TempDir Path corpus;
  @TempDir Path outside;

  private Path write(String relativePath) throws IOException {
    Path file = corpus.resolve(relativePath);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "Tekst.");
  }

  @Test
  void supported_files_at_any_depth_come_sorted_with_relative_paths() throws IOException {
    write("nb/b.txt");
    write("en/deep/er/a.MD");
    write("a.html");
    write("z.htm");
    write("notes.markdown");
    CorpusScan scan = CorpusWalker.walk(corpus);
    assertThat(scan.files())
        .extracting(CorpusFile::relativePath)
        .containsExactly("a.html", "en/deep/er/a.MD", "nb/b.txt", "notes.markdown", "z.htm");
    CorpusFile first = scan.files().get(0);
    assertThat(first.size()).isEqualTo(Files.size(corpus.resolve("a.html")));
    assertThat(first.lastModified())
        .isEqualTo(Files.getLastModifiedTime(corpus.resolve("a.html")).toInstant());
  }

  @Test
  void hidden_files_and_folders_are_skipped_silently() throws IOException {
    write(".git/config.txt");
    write("nb/.draft.txt");
    write("nb/ok.txt");
    CorpusScan scan = CorpusWalker.walk(corpus);
    assertThat(scan.files()).extracting(CorpusFile::relativePath).containsExactly("nb/ok.txt");
    assertThat(scan.skipped()).isEmpty();
  }

  @Test
  void unsupported_files_are_skipped_with_a_reason() throws IOException {
    write("bilde.png");
    write("ok.txt");
    CorpusScan scan = CorpusWalker.walk(corpus);
    assertThat(scan.files()).extracting(CorpusFile::relativePath).containsExactly("ok.txt");
    assertThat(scan.skipped())
        .extracting(CorpusScan.Skipped::relativePath, CorpusScan.Skipped::reason)
        .containsExactly(tuple("bilde.png", "unsupported file type"));
  }

  @Test
  void symlink_loop_is_reported_not_followed_forever() throws IOException {
    write("nb/ok.txt");
    Files.createSymbolicLink(corpus.resolve("nb/loop"), corpus.resolve("nb"));
    CorpusScan scan = CorpusWalker.walk(corpus);
    assertThat(scan.files()).extracting(CorpusFile::relativePath).containsExactly("nb/ok.txt");
    assertThat(scan.skipped())
        .extracting(CorpusScan.Skipped::relativePath, CorpusScan.Skipped::reason)
        .containsExactly(tuple("nb/loop", "symlink loop"));
  }

  @Test
  void symlink_out_of_the_corpus_is_never_followed() throws IOException {
    write("ok.txt");
    Files.writeString(outside.resolve("secret.txt"), "Hemmelig.");
    Files.createSymbolicLink(corpus.resolve("ut"), outside);
    Files.createSymbolicLink(corpus.resolve("secret.txt"), outside.resolve("secret.txt"));
    Files.createSymbolicLink(corpus.resolve("inne.txt"), corpus.resolve("ok.txt"));
    CorpusScan scan = CorpusWalker.walk(corpus);
    assertThat(scan.files())
        .extracting(CorpusFile::relativePath)
        .containsExactly("inne.txt", "ok.txt");
    assertThat(scan.skipped())
        .extracting(CorpusScan.Skipped::relativePath, CorpusScan.Skipped::reason)
        .containsExactly(
            tuple("secret.txt", "symlink points outside the corpus"),
            tuple("ut", "symlink points outside the corpus"));
  }

  @Test
  void broken_symlink_is_reported() throws IOException {
    Files.createSymbolicLink(corpus.resolve("borte.txt"), corpus.resolve("finnes-ikke.txt"));
    CorpusScan scan = CorpusWalker.walk(corpus);
    assertThat(scan.files()).isEmpty();
    assertThat(scan.skipped())
        .extracting(CorpusScan.Skipped::relativePath)
        .containsExactly("borte.txt");
  }

  @Test
  void unreadable_directory_is_reported_and_the_walk_goes_on() throws IOException {
    write("ok.txt");
    Path locked = Files.createDirectories(corpus.resolve("låst"));
    Files.writeString(locked.resolve("a.txt"), "Tekst.");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeTrue(!Files.isReadable(locked), "running as a user who reads everything (root)");
      CorpusScan scan = CorpusWalker.walk(corpus);
      assertThat(scan.files()).extracting(CorpusFile::relativePath).containsExactly("ok.txt");
      assertThat(scan.skipped())
          .extracting(CorpusScan.Skipped::relativePath, CorpusScan.Skipped::reason)
          .containsExactly(tuple("låst", "permission denied"));
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void file_over_the_size_limit_is_skipped_before_anyone_reads_it() throws IOException {
    write("ok.txt");
    Files.write(corpus.resolve("stor.pdf"), new byte[2048]);
    CorpusScan scan = CorpusWalker.walk(corpus, 1024);
    assertThat(scan.files()).extracting(CorpusFile::relativePath).containsExactly("ok.txt");
    assertThat(scan.skipped())
        .extracting(CorpusScan.Skipped::relativePath, CorpusScan.Skipped::reason)
        .containsExactly(tuple("stor.pdf", "file too large (2048 bytes > limit 1024 bytes)"));
  }

  @Test
  void unreadable_file_is_reported_and_the_walk_goes_on() throws IOException {
    write("ok.txt");
    Path locked = write("låst.txt");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeTrue(!Files.isReadable(locked), "running as a user who reads everything (root)");
      CorpusScan scan = CorpusWalker.walk(corpus);
      assertThat(scan.files()).extracting(CorpusFile::relativePath).containsExactly("ok.txt");
      assertThat(scan.skipped())
          .extracting(CorpusScan.Skipped::relativePath, CorpusScan.Skipped::reason)
          .containsExactly(tuple("låst.txt", "permission denied"));
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
    }
  }
}
