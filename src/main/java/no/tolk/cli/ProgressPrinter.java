package no.tolk.cli;

import java.io.Console;
import java.io.PrintStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Locale;
import no.tolk.index.IndexProgress;
import no.tolk.index.IndexReport;

/**
 * Shows indexing progress: a bar with files, MB, rate and ETA redrawn in place on a terminal,
 * plain lines every few seconds when the output is a log or a pipe.
 */
final class ProgressPrinter implements IndexProgress {

  private static final long REDRAW_NANOS = 200_000_000L;
  private static final long LINE_NANOS = 5_000_000_000L;
  private static final int BAR = 24;

  private final PrintStream out;
  private final boolean terminal;
  private long startNanos;
  private long lastDraw;
  private int files;
  private long bytes;
  private int doneFiles;
  private long doneBytes;

  ProgressPrinter(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  /** A printer for standard error, with a bar if it is a terminal. */
  static ProgressPrinter forConsole() {
    return new ProgressPrinter(System.err, isTerminal());
  }

  /**
   * True if the process talks to a terminal. From Java 22 {@code System.console()} exists even
   * when output is redirected and {@code Console.isTerminal()} tells; on Java 21 a console exists
   * only on a terminal, and that method does not.
   */
  static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    MethodHandle isTerminal;
    try {
      isTerminal = MethodHandles.publicLookup()
          .findVirtual(Console.class, "isTerminal", MethodType.methodType(boolean.class));
    } catch (NoSuchMethodException | IllegalAccessException java21) {
      return true;
    }
    try {
      return (boolean) isTerminal.invoke(console);
    } catch (Throwable e) {
      // isTerminal() declares no exception; plain lines are the safe answer if it ever fails.
      return false;
    }
  }

  @Override
  public void started(int files, long bytes) {
    this.files = files;
    this.bytes = bytes;
    this.startNanos = System.nanoTime();
    this.lastDraw = startNanos;
  }

  @Override
  public void advanced(String path, long size) {
    doneFiles++;
    doneBytes += size;
    long now = System.nanoTime();
    if (now - lastDraw >= (terminal ? REDRAW_NANOS : LINE_NANOS)) {
      lastDraw = now;
      print(now);
    }
  }

  @Override
  public void merging() {
    if (terminal) {
      out.print("\r\033[K");
    }
    out.println("merging the index into one segment for faster searches");
    out.flush();
  }

  @Override
  public void finished(IndexReport report) {
    if (terminal && doneFiles > 0) {
      out.print("\r\033[K");
      out.flush();
    }
  }

  private void print(long now) {
    double seconds = Math.max(1e-3, (now - startNanos) / 1e9);
    double rate = doneBytes / seconds;
    long etaSeconds = rate > 0 ? Math.round((bytes - doneBytes) / rate) : 0;
    String status = String.format(Locale.ROOT, "%,d/%,d files  %.1f/%.1f MB  %.1f MB/s  ETA %d:%02d",
        doneFiles, files, doneBytes / 1e6, bytes / 1e6, rate / 1e6, etaSeconds / 60, etaSeconds % 60);
    if (terminal) {
      int filled = files == 0 ? BAR : (int) ((long) BAR * doneFiles / files);
      out.print("\r\033[K[" + "=".repeat(filled) + " ".repeat(BAR - filled) + "] " + status);
    } else {
      out.println("indexing: " + status);
    }
    out.flush();
  }
}
