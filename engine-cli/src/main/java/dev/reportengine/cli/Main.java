package dev.reportengine.cli;

import com.openhtmltopdf.util.XRLog;
import java.io.PrintWriter;
import java.util.logging.Level;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code report-engine} command: {@code generate}, {@code demo}, {@code inspect}, {@code
 * batch}, {@code resume} and {@code jobs}.
 */
@Command(
    name = "report-engine",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Turns a recorded conversation into a report about one person in it.",
    subcommands = {
      GenerateCommand.class,
      DemoCommand.class,
      BatchCommand.class,
      ResumeCommand.class,
      JobsCommand.class,
      InspectCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    // openhtmltopdf logs every PDF render at INFO; the command line shows its warnings only.
    XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the command line with the given streams and returns the exit code: 0 on success, 1 when a
   * job failed, 2 for an invalid request or command line.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    // Text from transcripts and requests reaches the terminal: its controls are printed as
    // escapes, so picocli's own ANSI styles are off.
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    cli.setOut(new PrintWriter(new TerminalWriter(out), true));
    cli.setErr(new PrintWriter(new TerminalWriter(err), true));
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("error: " + e.getMessage());
          return ExitCodes.JOB_FAILED;
        });
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version from the jar's manifest, when there is one. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"report-engine " + (version == null ? "(development build)" : version)};
    }
  }
}
