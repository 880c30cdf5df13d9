package dev.reportengine.core;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The child JVM of {@link CrashRecoveryTest}: submits a batch of jobs against a file store, says so
 * on stdout, then works through them slowly until it is killed. Not a test.
 */
public final class CrashChild {

  private CrashChild() {}

  /** Arguments: the store directory and the number of jobs. */
  public static void main(String[] args) throws InterruptedException {
    Path dir = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    CountDownLatch submitted = new CountDownLatch(1);
    ReportEngine engine =
        ReportEngine.builder()
            .parallelism(2)
            .store(ReportStores.directory(dir))
            .limits(EngineLimits.DEFAULTS.withMaxQueuedJobs(count))
            .template(new ScriptedTemplate(context -> pace(submitted)))
            .mediaSource(MediaSources.inMemory(List.of(TestMedia.salesCall())))
            .build();
    for (int i = 0; i < count; i++) {
      engine.submit(
          CreateReportJobRequest.of("call-1", Template.GENERAL_REPORT, TargetSpec.dominant())
              .withIdempotencyKey("batch-" + i));
    }
    submitted.countDown();
    System.out.println("submitted " + count);
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }

  /**
   * A workload that starts once the whole batch is submitted and takes a little while, so the
   * parent can kill the batch mid-run.
   */
  private static void pace(CountDownLatch submitted) {
    try {
      submitted.await();
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
