package dev.reportengine.cli;

import dev.reportengine.api.JobPage;
import dev.reportengine.api.JobQuery;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStatus;
import dev.reportengine.core.ContractJson;
import dev.reportengine.core.MediaSources;
import dev.reportengine.core.ReportEngine;
import dev.reportengine.core.ReportStores;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jobs list|show|cancel}: looks at the jobs in a file store without running any. */
@Command(
    name = "jobs",
    mixinStandardHelpOptions = true,
    description = "Lists, shows or cancels the jobs in a file store; runs none of them.",
    subcommands = {JobsCommand.ListJobs.class, JobsCommand.Show.class, JobsCommand.Cancel.class})
final class JobsCommand implements Runnable {

  @Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** An engine over the store that resumes nothing: it only reads and cancels. */
  static ReportEngine viewer(Path store) {
    return ReportEngine.builder()
        .parallelism(1)
        .resumeJobs(false)
        .store(ReportStores.directory(store))
        .mediaSource(MediaSources.inMemory(List.of()))
        .build();
  }

  static Optional<Integer> checkStore(Path store, PrintWriter err) {
    if (!Files.isDirectory(store)) {
      err.println("error: --store: no such directory: " + store);
      return Optional.of(ExitCodes.INVALID);
    }
    return Optional.empty();
  }

  /**
   * Runs {@code action} on the job {@code jobId} of the store: exit 2 when the store is missing, 1
   * when the job is.
   */
  static int withJob(
      Path store,
      String jobId,
      PrintWriter err,
      BiFunction<ReportEngine, JobSnapshot, Integer> action) {
    Optional<Integer> bad = checkStore(store, err);
    if (bad.isPresent()) {
      return bad.get();
    }
    try (ReportEngine engine = viewer(store)) {
      Optional<JobSnapshot> job = engine.job(jobId);
      if (job.isEmpty()) {
        err.println("error: no job [" + jobId + "] in " + store);
        return ExitCodes.JOB_FAILED;
      }
      int code = action.apply(engine, job.get());
      engine.close(Duration.ZERO);
      return code;
    }
  }

  /** {@code jobs list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "Jobs, newest first.")
  static final class ListJobs implements Callable<Integer> {
    @Spec private CommandLine.Model.CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", required = true, description = "File store.")
    Path store;

    @Option(
        names = "--status",
        paramLabel = "STATUS",
        split = ",",
        description = "Only these statuses: queued, running, succeeded, failed, canceled.")
    List<String> statuses = List.of();

    @Option(
        names = "--limit",
        paramLabel = "N",
        defaultValue = "1000",
        description = "At most this many (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Optional<Integer> bad = checkStore(store, err);
      if (bad.isPresent()) {
        return bad.get();
      }
      EnumSet<JobStatus> wanted = EnumSet.noneOf(JobStatus.class);
      for (String s : statuses) {
        Optional<JobStatus> status =
            EnumSet.allOf(JobStatus.class).stream()
                .filter(v -> v.wireName().equals(s.trim()))
                .findFirst();
        if (status.isEmpty()) {
          err.println(
              "error: --status: ["
                  + s
                  + "] is not a status; use queued, running, succeeded,"
                  + " failed or canceled");
          return ExitCodes.INVALID;
        }
        wanted.add(status.get());
      }
      if (limit < 1 || limit > JobQuery.MAX_LIMIT) {
        err.println("error: --limit must be from 1 to " + JobQuery.MAX_LIMIT + ", got " + limit);
        return ExitCodes.INVALID;
      }
      try (ReportEngine engine = viewer(store)) {
        JobPage page = engine.jobs(JobQuery.all().withStatuses(wanted).withLimit(limit));
        for (JobSnapshot job : page.jobs()) {
          out.println(
              String.join(
                  "  ",
                  job.jobId(),
                  job.status().wireName(),
                  job.createdAt().toString(),
                  job.reportId()
                      .or(() -> job.error().map(e -> e.code().wireName() + ": " + e.message()))
                      .orElse("")));
        }
        engine.close(Duration.ZERO);
      }
      return ExitCodes.OK;
    }
  }

  /** {@code jobs show ID}. */
  @Command(name = "show", mixinStandardHelpOptions = true, description = "One job as JSON.")
  static final class Show implements Callable<Integer> {
    @Spec private CommandLine.Model.CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", required = true, description = "File store.")
    Path store;

    @Parameters(paramLabel = "JOB_ID", description = "The job.")
    String jobId;

    @Override
    public Integer call() {
      return withJob(
          store,
          jobId,
          spec.commandLine().getErr(),
          (engine, job) -> {
            spec.commandLine().getOut().println(ContractJson.create().writeJob(job));
            return ExitCodes.OK;
          });
    }
  }

  /** {@code jobs cancel ID}. */
  @Command(
      name = "cancel",
      mixinStandardHelpOptions = true,
      description = "Cancels a queued or interrupted job so 'resume' skips it.")
  static final class Cancel implements Callable<Integer> {
    @Spec private CommandLine.Model.CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", required = true, description = "File store.")
    Path store;

    @Parameters(paramLabel = "JOB_ID", description = "The job.")
    String jobId;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      return withJob(
          store,
          jobId,
          err,
          (engine, job) -> {
            if (!engine.cancel(jobId)) {
              err.println("job " + jobId + " has already ended: " + job.status().wireName());
              return ExitCodes.JOB_FAILED;
            }
            spec.commandLine().getOut().println("canceled " + jobId);
            return ExitCodes.OK;
          });
    }
  }
}
