package no.tolk.eval;

import java.io.IOException;
import java.util.List;

/** One system under evaluation: a query in, the ids (corpus-relative paths) of its top k out. */
public interface Ranker extends AutoCloseable {

  /** Short name for tables and run files. */
  String name();

  /**
   * The top {@code k} document paths, best first.
   *
   * @param lang the query's language ("nb" or "en"); a system may ignore it
   */
  List<String> search(String query, String lang, int k);

  @Override
  default void close() throws IOException {}
}
