package no.tolk.cli;

import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.tolk.analysis.Language;
import no.tolk.analysis.NorwegianDictionary;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tolk} command: index a folder, search it, or serve it in the browser. */
@Command(
    name = "tolk",
    mixinStandardHelpOptions = true,
    version = "Tolk 0.1",
    description = "Bilingual (Norwegian/English) search for a folder of documents.",
    subcommands = {IndexCommand.class, ServeCommand.class, SearchCommand.class})
public final class Main implements Runnable {

  /**
   * Lucene reports at INFO that it found the vector API, which is no news to a user. Held in a
   * field: the logging system keeps loggers only weakly, and with them their level.
   */
  private static final Logger LUCENE_VECTORS =
      Logger.getLogger("org.apache.lucene.internal.vectorization");

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  private static final Set<String> ANALYSING_COMMANDS = Set.of("serve", "search", "index");

  public static void main(String[] args) {
    // The dictionary is the slowest thing on the way to a server's first answer: it starts
    // loading before the command line is even read.
    if (args.length > 0 && ANALYSING_COMMANDS.contains(args[0])) {
      NorwegianDictionary.preload(Language.NB);
    }
    LUCENE_VECTORS.setLevel(Level.WARNING);
    System.exit(commandLine().execute(args));
  }

  /** The command line, with the failures a user can cause or fix turned into exit codes. */
  public static CommandLine commandLine() {
    return new CommandLine(new Main()).setExecutionExceptionHandler(Failures::handle);
  }
}
