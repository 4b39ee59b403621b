package no.tolk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import no.tolk.cli.Main;
import no.tolk.testing.IndexedCorpus;
import no.tolk.web.WebConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Serving beyond this machine is a choice the user is warned about; the default is loopback. */
class NetworkExposureTest {

  @TempDir Path dir;

  @Test
  void serve_binds_to_loopback_by_default() {
    String host =
        Main.commandLine()
            .getSubcommands()
            .get("serve")
            .getCommandSpec()
            .findOption("--host")
            .defaultValue();
    assertThat(host).isEqualTo("127.0.0.1");
    assertThat(WebConfig.localhost(0).host()).isEqualTo("127.0.0.1");
  }

  @Test
  void a_non_loopback_host_prints_a_warning_before_listening() throws Exception {
    try (IndexedCorpus real = new IndexedCorpus(dir)) {
      // 192.0.2.1 (TEST-NET-1) is never this machine's: the warning is printed, the bind fails,
      // and nothing ever listens beyond loopback during the test.
      OneWriterTest.Run run =
          OneWriterTest.tolk(
              "serve", "--corpus", real.corpus.toString(), "--index", real.index.toString(),
              "--host", "192.0.2.1", "--port", "0");
      assertThat(run.err())
          .contains("warning: listening on 192.0.2.1")
          .contains("searchable by other machines");
      assertThat(run.code()).isNotZero();
      // A serve that fails to start leaves nothing running behind it.
      long deadline = System.nanoTime() + 2_000_000_000L;
      while (watcherAlive() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(watcherAlive()).as("corpus watcher of the failed serve").isFalse();
    }
  }

  private static boolean watcherAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(thread -> thread.getName().equals("tolk-corpus-watcher") && thread.isAlive());
  }
}
