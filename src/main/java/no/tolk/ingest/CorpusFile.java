package no.tolk.ingest;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A readable file found in the corpus folder.
 *
 * @param file the file, as found under the corpus root (a symlink stays a symlink)
 * @param relativePath its path relative to the corpus root, '/'-separated
 * @param size size in bytes
 * @param lastModified last modification time, for incremental indexing
 */
public record CorpusFile(Path file, String relativePath, long size, Instant lastModified) {}
