package no.tolk.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.apache.lucene.store.LockObtainFailedException;

/** Turns the failures a user can cause or fix into one clear line and an exit code. */
final class Failures {

  private Failures() {}

  static int guard(Callable<Integer> command) throws Exception {
    try {
      return command.call();
    } catch (LockObtainFailedException e) {
      System.err.println(
          "tolk: the index folder is in use by another Tolk process (index or serve); "
              + "stop it or choose another --index.");
      return 3;
    } catch (IOException e) {
      System.err.println("tolk: " + e.getMessage());
      return 2;
    }
  }
}
