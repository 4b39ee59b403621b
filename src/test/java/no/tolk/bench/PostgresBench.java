package no.tolk.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL full-text search on the same files and queries: one row per file, a stored tsvector
 * in the file's configuration ('norwegian' or 'english'), a GIN index; top 10 by ts_rank_cd with
 * ts_headline snippets. Reached through psql, timed by psql's {@code \timing} (server round trip
 * on a unix socket). Also writes the pgbench script for the throughput runs.
 *
 * <p>Usage: {@code PostgresBench CORPUS PASSAGES QUERIES SOCKET_DIR PORT WORK_DIR PASSES}
 */
final class PostgresBench {

  private static final String SCHEMA = """
      SET client_min_messages = warning;
      DROP TABLE IF EXISTS docs;
      CREATE TABLE docs (path text PRIMARY KEY, lang text, title text, body text,
        tsv tsvector GENERATED ALWAYS AS (CASE WHEN lang = 'nb'
          THEN to_tsvector('norwegian'::regconfig, title || ' ' || body)
          ELSE to_tsvector('english'::regconfig, title || ' ' || body) END) STORED);
      \\copy docs (path, lang, title, body) FROM '%s' WITH (FORMAT csv)
      CREATE INDEX docs_tsv ON docs USING gin (tsv);
      ANALYZE docs;
      """;

  private static final String UPDATE = """
      CREATE TEMP TABLE changed (path text, lang text, title text, body text);
      \\copy changed FROM '%s' WITH (FORMAT csv)
      UPDATE docs SET title = c.title, body = c.body FROM changed c WHERE docs.path = c.path;
      """;

  /** Top 10 with snippets for the query with id :id of table bq (tsqueries made up front). */
  static final String SEARCH = """
      SELECT path, ts_headline((CASE lang WHEN 'nb' THEN 'norwegian' ELSE 'english' END)::regconfig,
          body, q, 'MaxFragments=3, MaxWords=30, MinWords=12')
      FROM (SELECT path, lang, body, q, ts_rank_cd(tsv, q) AS rank
            FROM docs, (SELECT q FROM bq WHERE id = %s) query
            WHERE tsv @@ q ORDER BY rank DESC LIMIT 10) top
      ORDER BY rank DESC;
      """;

  private static final Pattern TIME = Pattern.compile("^Time: ([0-9.]+) ms", Pattern.MULTILINE);

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    int files = Integer.parseInt(args[1]) / CorpusGenerator.PASSAGES_PER_FILE;
    List<Query> queries = Query.load(Path.of(args[2]));
    List<String> psql = List.of("psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
        "-h", args[3], "-p", args[4], "-U", "postgres", "-d", "postgres");
    Path work = Path.of(args[5]);
    int passes = Integer.parseInt(args[6]);
    CorpusGenerator generator = new CorpusGenerator(Path.of("."), CorpusGenerator.DEFAULT_SEED);

    // The files as Tolk saw them when it indexed from empty (before its 1% edit)
    Path csv = work.resolve("docs.csv");
    Path changedCsv = work.resolve("changed.csv");
    try (Writer all = Files.newBufferedWriter(csv);
        Writer changed = Files.newBufferedWriter(changedCsv)) {
      for (int i = 0; i < files; i++) {
        String relative = corpus.relativize(CorpusGenerator.path(corpus, i)).toString();
        boolean touched = i % 100 == 37;
        String text = touched ? generator.render(i, 0)
            : Files.readString(CorpusGenerator.path(corpus, i));
        row(all, relative, CorpusGenerator.lang(i), text);
        if (touched) {
          row(changed, relative, CorpusGenerator.lang(i),
              Files.readString(CorpusGenerator.path(corpus, i)));
        }
      }
    }
    long start = System.nanoTime();
    run(psql, SCHEMA.formatted(csv.toAbsolutePath()));
    double seconds = (System.nanoTime() - start) / 1e9;
    long bytes = TolkBench.treeSize(corpus);
    System.out.println(String.format(Locale.ROOT, "pg.index.s\t%.2f", seconds));
    System.out.println(String.format(Locale.ROOT, "pg.index.mb_per_s\t%.2f", bytes / 1e6 / seconds));
    System.out.println(String.format(Locale.ROOT, "pg.index.passages_per_s\t%.0f", files * 10.0 / seconds));
    System.out.println("pg.index_size.mb\t" + run(psql,
        "SELECT round(pg_total_relation_size('docs') / 1e6, 1);").strip());
    System.out.println("pg.gin_size.mb\t" + run(psql,
        "SELECT round(pg_relation_size('docs_tsv') / 1e6, 1);").strip());
    start = System.nanoTime();
    run(psql, UPDATE.formatted(changedCsv.toAbsolutePath()));
    System.out.println(String.format(Locale.ROOT, "pg.update.s\t%.2f", (System.nanoTime() - start) / 1e9));
    System.out.flush();

    StringBuilder setup = new StringBuilder(
        "DROP TABLE IF EXISTS bq; CREATE TABLE bq (id int PRIMARY KEY, q tsquery);\n");
    for (int id = 0; id < queries.size(); id++) {
      setup.append("INSERT INTO bq VALUES (").append(id + 1).append(", ")
          .append(tsquery(queries.get(id).text())).append(");\n");
    }
    run(psql, setup.toString());
    StringBuilder script = new StringBuilder("\\o /dev/null\n\\timing on\n");
    for (int pass = 0; pass <= passes; pass++) {
      for (int id = 1; id <= queries.size(); id++) {
        script.append(SEARCH.formatted(id));
      }
    }
    Matcher times = TIME.matcher(run(psql, script.toString()));
    Latencies all = new Latencies();
    Latencies selective = new Latencies();
    for (int n = 0; times.find(); n++) {
      if (n < queries.size()) {
        continue; // warm-up pass
      }
      long nanos = (long) (Double.parseDouble(times.group(1)) * 1e6);
      all.add(nanos);
      if (queries.get(n % queries.size()).selective()) {
        selective.add(nanos);
      }
    }
    all.lines("pg.sql").forEach(System.out::println);
    selective.lines("pg.sql.selective").forEach(System.out::println);
    Files.writeString(work.resolve("pgbench.sql"),
        "\\set id random(1, " + queries.size() + ")\n" + SEARCH.formatted(":id"));
  }

  /** The tsquery of a query as typed: websearch syntax, or a prefix for word*, in both languages. */
  static String tsquery(String text) {
    if (text.endsWith("*") && !text.contains(" ")) {
      String prefix = literal(text.substring(0, text.length() - 1) + ":*");
      return String.format(Locale.ROOT, "to_tsquery('norwegian', %s) || to_tsquery('english', %s)", prefix, prefix);
    }
    String q = literal(text);
    return "websearch_to_tsquery('norwegian', %s) || websearch_to_tsquery('english', %s)"
        .formatted(q, q);
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static void row(Writer out, String path, String lang, String text) throws IOException {
    String title = "";
    String body = text;
    if (text.startsWith("---\n")) {
      int end = text.indexOf("\n---\n", 4);
      for (String line : text.substring(4, end).split("\n")) {
        if (line.startsWith("title: ")) {
          title = line.substring(7);
        }
      }
      body = text.substring(end + 5);
    }
    out.write(csv(path) + "," + csv(lang) + "," + csv(title) + "," + csv(body) + "\n");
  }

  private static String csv(String value) {
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  /** Runs a script on psql's stdin; returns its stdout. */
  private static String run(List<String> psql, String script) throws IOException,
      InterruptedException {
    Process process = new ProcessBuilder(new ArrayList<>(psql))
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    Thread feeder = Thread.ofVirtual().start(() -> {
      try (var stdin = process.getOutputStream()) {
        stdin.write(script.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        System.err.println("psql stdin: " + e.getMessage());
      }
    });
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    feeder.join();
    if (!process.waitFor(1, TimeUnit.HOURS) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IOException("psql failed, exit " + process.exitValue());
    }
    return out;
  }
}
