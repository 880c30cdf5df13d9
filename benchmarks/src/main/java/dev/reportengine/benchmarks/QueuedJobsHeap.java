package dev.reportengine.benchmarks;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.core.EngineLimits;
import dev.reportengine.core.MediaSources;
import dev.reportengine.core.PdfMode;
import dev.reportengine.core.ReportEngine;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Measures the heap that queued jobs hold: builds an engine whose executor never runs a job (so
 * every submit stays queued), takes the used heap after full GCs, submits N jobs, and takes it
 * again after full GCs. The difference divided by N is the cost of one queued job (its request,
 * snapshot, event history, queue and deadline entries, and its record in the in-memory store).
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar dev.reportengine.benchmarks.QueuedJobsHeap
 * 100000}</pre>
 */
public final class QueuedJobsHeap {

  private QueuedJobsHeap() {}

  /** Argument: how many jobs to queue (default 100,000). */
  public static void main(String[] args) {
    int jobs = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    ReportEngine engine =
        ReportEngine.builder()
            .executor(new IdleExecutor())
            .parallelism(1)
            // No renderer warm-up thread allocating while the heap is measured.
            .pdfMode(PdfMode.OFF)
            .limits(EngineLimits.DEFAULTS.withMaxQueuedJobs(jobs))
            .mediaSource(
                MediaSources.inMemory(List.of(SyntheticConversation.generate("call", 1, 2, 7))))
            .build();
    CreateReportJobRequest request =
        CreateReportJobRequest.of("call", Template.GENERAL_REPORT, TargetSpec.dominant());
    engine.submit(request);
    long before = usedAfterGc();
    for (int i = 1; i < jobs; i++) {
      engine.submit(request.withLabel("Job " + i));
    }
    long after = usedAfterGc();
    System.out.printf(
        Locale.ROOT,
        "%d queued jobs: %.1f MB of heap, %d bytes per job%n",
        jobs,
        (after - before) / 1e6,
        (after - before) / (jobs - 1));
    engine.close(Duration.ZERO);
  }

  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 5; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  /** Accepts tasks and runs none, so every job stays queued. */
  private static final class IdleExecutor extends AbstractExecutorService {
    private volatile boolean shutdown;

    @Override
    public void execute(Runnable command) {}

    @Override
    public void shutdown() {
      shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
      shutdown = true;
      return List.of();
    }

    @Override
    public boolean isShutdown() {
      return shutdown;
    }

    @Override
    public boolean isTerminated() {
      return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
      return true;
    }
  }
}
