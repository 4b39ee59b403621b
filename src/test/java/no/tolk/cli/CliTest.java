package no.tolk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.tolk.index.Indexer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream realOut;
  private PrintStream realErr;

  @BeforeEach
  void capture() {
    realOut = System.out;
    realErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(realOut);
    System.setErr(realErr);
  }

  private int run(String... args) {
    return Main.commandLine().execute(args);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void an_impossible_port_is_one_line_not_a_stack_trace() {
    assertThat(run("serve", "--port", "70000", "--index", dir.resolve("index").toString()))
        .isEqualTo(2);
    assertThat(stderr()).isEqualTo("tolk: invalid port: 70000" + System.lineSeparator());
  }

  @Test
  void index_then_search_prints_what_it_did_and_the_hits() {
    String index = dir.resolve("index").toString();
    assertThat(run("index", "--corpus", "corpus", "--index", index)).isZero();
    assertThat(stdout()).contains("indexed 2, unchanged 0, removed 0, skipped 0", "languages (blocks): nb");
    assertThat(run("search", "--index", index, "--lang", "nb", "luftforsvaret")).isZero();
    assertThat(stdout()).contains("1 hits", "[luftforsvar]");
  }

  @Test
  void search_json_prints_the_api_object() {
    String index = dir.resolve("index").toString();
    run("index", "--corpus", "corpus", "--index", index);
    out.reset();
    assertThat(run("search", "--index", index, "--json", "--limit", "1", "Guaido")).isZero();
    assertThat(stdout())
        .startsWith("{\"query\":\"Guaido\",\"total\":1,\"totalIsLowerBound\":false,\"tookMs\":")
        .contains("\"path\":\"en/russia-venezuela-relations.txt\"", "\\u003Cmark\\u003EGuaidó");
  }

  @Test
  void second_indexer_on_a_folder_in_use_gets_one_clear_line() throws IOException {
    Path index = dir.resolve("index");
    IndexWriter holder = Indexer.openWriter(index);
    try (Directory directory = holder.getDirectory(); holder) {
      assertThat(run("index", "--corpus", "corpus", "--index", index.toString())).isEqualTo(3);
      assertThat(stderr()).contains("the index folder is in use by another Tolk process");
      assertThat(stderr()).doesNotContain("Exception", "\tat ");
    }
  }

  @Test
  void missing_corpus_and_missing_index_say_so_without_a_stack_trace() {
    assertThat(run("index", "--corpus", dir.resolve("nope").toString(), "--index",
        dir.resolve("i").toString())).isEqualTo(2);
    assertThat(run("search", "--index", dir.resolve("none").toString(), "x")).isEqualTo(2);
    assertThat(stderr()).contains("corpus folder not found", "no index at").doesNotContain("\tat ");
  }

  @Test
  void unknown_language_filter_is_refused_with_the_choices() {
    assertThat(run("search", "--index", dir.toString(), "--lang", "sv", "x")).isEqualTo(2);
    assertThat(stderr()).contains("--lang must be all, nb, nn or en");
  }

  @Test
  void every_command_has_help() throws IOException {
    for (String command : new String[] {"index", "serve", "search"}) {
      out.reset();
      assertThat(run(command, "--help")).isZero();
      assertThat(stdout()).contains("Usage: tolk " + command);
    }
    Files.createDirectories(dir);
  }
}
