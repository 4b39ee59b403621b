package no.tolk.cli;

import java.io.IOException;
import org.apache.lucene.store.LockObtainFailedException;
import picocli.CommandLine;

/** Turns the failures a user can cause or fix into one clear line and an exit code. */
final class Failures {

  private Failures() {}

  /** picocli's handler for what a command throws: every command's failures read alike. */
  static int handle(Exception e, CommandLine command, CommandLine.ParseResult parsed)
      throws Exception {
    if (e instanceof LockObtainFailedException) {
      System.err.println(
          "tolk: the index folder is in use by another Tolk process (index or serve); "
              + "stop it or choose another --index.");
      return 3;
    }
    if (e instanceof IOException || e instanceof IllegalArgumentException) {
      // a missing folder, a port in use, --port 70000: one line, not a stack trace
      System.err.println("tolk: " + e.getMessage());
      return 2;
    }
    throw e;
  }
}
