package no.tolk.cli;

import java.nio.file.Path;

/**
 * Everything a run of Tolk is told from the command line, read once.
 *
 * @param corpus the folder of documents
 * @param index the folder of the Lucene index
 * @param host address the web server binds to
 * @param port port the web server listens on
 * @param requestsPerSecond requests per second one client may send (0: no limit)
 */
public record TolkConfig(Path corpus, Path index, String host, int port, int requestsPerSecond) {}
