package no.tolk.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Finds the readable files under a corpus folder at any depth, skipping hidden paths and never
 * leaving the folder through a symlink.
 */
public final class CorpusWalker {

  private CorpusWalker() {}

  /**
   * Walks the corpus folder; a bad path is reported in the scan, never thrown.
   *
   * @throws IOException when the root itself is missing or not a directory
   */
  public static CorpusScan walk(Path root) throws IOException {
    return walk(root, TikaReader.DEFAULT_MAX_BYTES);
  }

  /**
   * Walks the corpus folder, passing over files larger than {@code maxBytes} before anyone reads
   * them.
   *
   * @throws IOException when the root itself is missing or not a directory
   */
  public static CorpusScan walk(Path root, long maxBytes) throws IOException {
    if (!Files.isDirectory(root)) {
      throw new NoSuchFileException(root.toString(), null, "corpus folder is not a directory");
    }
    Visitor visitor = new Visitor(root, root.toRealPath(), maxBytes);
    // Following links lets a corpus link to folders inside itself; the visitor rejects the rest.
    Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, visitor);
    visitor.files.sort(Comparator.comparing(CorpusFile::relativePath));
    visitor.skipped.sort(Comparator.comparing(CorpusScan.Skipped::relativePath));
    return new CorpusScan(visitor.files, visitor.skipped);
  }

  private static final class Visitor extends SimpleFileVisitor<Path> {
    private final Path root;
    private final Path realRoot;
    private final long maxBytes;
    private final List<CorpusFile> files = new ArrayList<>();
    private final List<CorpusScan.Skipped> skipped = new ArrayList<>();

    Visitor(Path root, Path realRoot, long maxBytes) {
      this.root = root;
      this.realRoot = realRoot;
      this.maxBytes = maxBytes;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      if (dir.equals(root)) {
        return FileVisitResult.CONTINUE;
      }
      return isHidden(dir) || !isInside(dir)
          ? FileVisitResult.SKIP_SUBTREE
          : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      if (isHidden(file) || !isInside(file)) {
        return FileVisitResult.CONTINUE;
      }
      if (!attrs.isRegularFile()) {
        skip(file, "not a regular file");
      } else if (!DocumentReaders.supports(file)) {
        skip(file, "unsupported file type");
      } else if (attrs.size() > maxBytes) {
        skip(
            file,
            "file too large ("
                + FileSnapshot.megabytes(attrs.size())
                + " > limit "
                + FileSnapshot.megabytes(maxBytes)
                + ")");
      } else if (!Files.isReadable(file)) {
        skip(file, "permission denied");
      } else {
        files.add(
            new CorpusFile(
                file, relative(file), attrs.size(), attrs.lastModifiedTime().toInstant()));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      if (!isHidden(file)) {
        skip(file, reason(e));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
      // a directory that fails midway keeps what was read from it, and says so
      if (e != null) {
        skip(dir, reason(e));
      }
      return FileVisitResult.CONTINUE;
    }

    /** Whether the path, symlinks resolved, is still under the corpus root. */
    private boolean isInside(Path path) {
      // Folders are checked before what is in them, so only a link itself can lead outside:
      // resolving every plain file's whole path again would cost a system call per part.
      if (!Files.isSymbolicLink(path)) {
        return true;
      }
      try {
        if (path.toRealPath().startsWith(realRoot)) {
          return true;
        }
        skip(path, "symlink points outside the corpus");
      } catch (IOException e) {
        skip(path, reason(e));
      }
      return false;
    }

    private static boolean isHidden(Path path) {
      Path name = path.getFileName();
      return name != null && name.toString().startsWith(".");
    }

    private void skip(Path path, String reason) {
      skipped.add(new CorpusScan.Skipped(relative(path), reason));
    }

    private String relative(Path path) {
      return StreamSupport.stream(root.relativize(path).spliterator(), false)
          .map(Path::toString)
          .collect(Collectors.joining("/"));
    }

    private static String reason(IOException e) {
      return switch (e) {
        case FileSystemLoopException loop -> "symlink loop";
        case AccessDeniedException denied -> "permission denied";
        case NoSuchFileException missing -> "broken symlink or vanished file";
        default -> e.getClass().getSimpleName() + ": " + e.getMessage();
      };
    }
  }
}
