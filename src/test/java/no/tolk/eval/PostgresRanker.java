package no.tolk.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL full-text search, reached through the {@code psql} CLI: each document's tsvector is
 * built with its folder's configuration ('norwegian' or 'english'); a query is read with
 * websearch_to_tsquery in both configurations, OR'ed, and ranked with ts_rank_cd.
 */
final class PostgresRanker implements Ranker {

  private static final String SCHEMA = """
      SET client_min_messages = warning;
      DROP TABLE IF EXISTS docs;
      CREATE TABLE docs (path text PRIMARY KEY, lang text, title text, body text, tsv tsvector);
      \\copy docs (path, lang, title, body) FROM '%s' WITH (FORMAT csv)
      UPDATE docs SET tsv = to_tsvector(
          (CASE lang WHEN 'nb' THEN 'norwegian' ELSE 'english' END)::regconfig,
          title || ' ' || body);
      CREATE INDEX docs_tsv ON docs USING gin (tsv);
      ANALYZE docs;
      """;

  private static final String SEARCH = """
      SELECT path FROM docs,
        (SELECT websearch_to_tsquery('norwegian', :'q')
             || websearch_to_tsquery('english', :'q') AS q) query
      WHERE tsv @@ query.q
      ORDER BY ts_rank_cd(tsv, query.q) DESC, path
      LIMIT :k;
      """;

  private final List<String> psql;

  /**
   * Loads the documents into a running server.
   *
   * @param socketDir the server's unix socket folder
   */
  PostgresRanker(List<EvalDocument> docs, Path socketDir, int port, Path workDir)
      throws IOException {
    this.psql = List.of("psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
        "-h", socketDir.toString(), "-p", Integer.toString(port), "-U", "postgres", "-d",
        "postgres");
    Path csv = workDir.resolve("pg-docs.csv");
    StringBuilder out = new StringBuilder();
    for (EvalDocument doc : docs) {
      out.append(csv(doc.path())).append(',').append(csv(doc.lang())).append(',')
          .append(csv(doc.title())).append(',').append(csv(doc.body())).append('\n');
    }
    Files.writeString(csv, out, StandardCharsets.UTF_8);
    run(SCHEMA.formatted(csv.toAbsolutePath().toString().replace("'", "''")), List.of());
    System.err.println("postgres: loaded " + docs.size() + " documents");
  }

  private static String csv(String value) {
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  @Override
  public String name() {
    return "Postgres";
  }

  @Override
  public List<String> search(String query, String lang, int k) {
    try {
      String out = run(SEARCH, List.of("-v", "q=" + query, "-v", "k=" + k));
      return out.lines().filter(line -> !line.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("psql failed for query: " + query, e);
    }
  }

  /** Runs a script on psql's stdin (so :'var' interpolation works); returns its stdout. */
  private String run(String script, List<String> vars) throws IOException {
    List<String> command = new java.util.ArrayList<>(psql);
    command.addAll(vars);
    Process process = new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    try (var stdin = process.getOutputStream()) {
      stdin.write(script.getBytes(StandardCharsets.UTF_8));
    }
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IOException("psql failed: " + String.join(" ", command));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted waiting for psql", e);
    }
    return out;
  }
}
