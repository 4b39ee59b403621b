package no.tolk.index;

/** Hears how an indexing run advances, for a progress bar or log lines; each part may be left out. */
public interface IndexProgress {

  /** The run will look at {@code files} files holding {@code bytes} bytes in all. */
  default void started(int files, long bytes) {}

  /** One more file is done (indexed, unchanged or skipped). */
  default void advanced(String path, long bytes) {}

  /** Every file is done; the index is being merged into one segment for faster searches. */
  default void merging() {}

  /** The run is over, or was stopped. */
  default void finished(IndexReport report) {}

  /** Hears nothing. */
  IndexProgress SILENT = new IndexProgress() {};
}
