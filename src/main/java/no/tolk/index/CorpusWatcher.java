package no.tolk.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Watches a corpus folder and, once changes settle, asks for a sync. A sync rescans the folder
 * (cheap: unchanged files are recognised by size and time), so added, changed, renamed and deleted
 * files are all handled the same way, and nothing is missed when events overflow.
 */
public final class CorpusWatcher implements Closeable {

  private static final Logger LOG = Logger.getLogger(CorpusWatcher.class.getName());

  /** Changes closer together than this make one sync: an editor saving or a copy in progress. */
  public static final Duration SETTLE = Duration.ofMillis(500);

  private final Path corpus;
  private final Runnable sync;
  private final WatchService watcher;
  private final Thread thread;

  private CorpusWatcher(Path corpus, Runnable sync) throws IOException {
    this.corpus = corpus;
    this.sync = sync;
    this.watcher = FileSystems.getDefault().newWatchService();
    this.thread = Thread.ofPlatform().daemon().name("tolk-corpus-watcher").unstarted(this::run);
  }

  /** Starts watching {@code corpus}; {@code sync} runs on the watcher's thread. */
  public static CorpusWatcher start(Path corpus, Runnable sync) throws IOException {
    CorpusWatcher watcher = new CorpusWatcher(corpus, sync);
    watcher.registerTree(corpus);
    watcher.thread.start();
    return watcher;
  }

  private void run() {
    try {
      while (true) {
        WatchKey key = watcher.take();
        drain(key);
        // Wait for the changes to settle before syncing once for all of them.
        WatchKey more;
        while ((more = watcher.poll(SETTLE.toMillis(), TimeUnit.MILLISECONDS)) != null) {
          drain(more);
        }
        registerTree(corpus);
        sync.run();
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "stopped watching " + corpus + ": " + e.getMessage(), e);
    }
  }

  private static void drain(WatchKey key) {
    for (WatchEvent<?> ignored : key.pollEvents()) {
      // The events only say that something changed; the sync finds out what.
    }
    key.reset();
  }

  /** Registers every folder under {@code root}, new ones included (registering twice is fine). */
  private void registerTree(Path root) throws IOException {
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
          throws IOException {
        if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        dir.register(watcher,
            StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_DELETE,
            StandardWatchEventKinds.ENTRY_MODIFY);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE;
      }
    });
  }

  @Override
  public void close() throws IOException {
    watcher.close();
    thread.interrupt();
  }
}
