package no.tolk.cli;

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

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new Main()).execute(args));
  }
}
