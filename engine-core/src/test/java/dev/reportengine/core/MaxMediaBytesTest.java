package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.JobStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code EngineLimits.maxMediaBytes} bounds what a directory source reads, before it reads; {@code
 * maxUtterances} and {@code maxSpeakers} bound what any transcript may hold.
 */
class MaxMediaBytesTest {

  @TempDir Path dir;

  private static final String VTT =
      "WEBVTT\n\n00:00:00.000 --> 00:00:05.000\n<v Ana>Hello there, how are you?\n\n"
          + "00:00:05.000 --> 00:00:09.000\n<v Ben>Fine, thanks, and you?\n";

  private JobHandle run(EngineLimits limits) throws Exception {
    Files.writeString(dir.resolve("call.vtt"), VTT);
    ManualExecutor executor = new ManualExecutor();
    ReportEngine engine =
        ReportEngine.builder()
            .executor(executor)
            .parallelism(1)
            .limits(limits)
            .mediaSource(MediaSources.directory(dir))
            .build();
    try {
      JobHandle job =
          engine.submit(
              engine.parseRequest(
                  "{\"media\": {\"mediaId\": \"call\"}, \"output\": {\"template\":"
                      + " \"general_report\"}, \"target\": {\"strategy\": \"dominant\"}}"));
      executor.runAll();
      return job;
    } finally {
      engine.close(Duration.ZERO);
    }
  }

  @Test
  void failsAJobWhoseFileIsOverTheEnginesLimitWithMediaUnreadableNamingTheLimit() throws Exception {
    JobHandle job = run(EngineLimits.DEFAULTS.withMaxMediaBytes(64));

    assertThat(job.snapshot().status()).isEqualTo(JobStatus.FAILED);
    assertThat(job.snapshot().error().orElseThrow())
        .satisfies(
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.MEDIA_UNREADABLE);
              assertThat(e.message()).contains("call.vtt").contains("limit of 64 bytes");
              assertThat(e.message()).doesNotContain(dir.toString());
            });
  }

  @Test
  void readsAFileWithinTheLimit() throws Exception {
    assertThat(run(EngineLimits.DEFAULTS.withMaxMediaBytes(4096)).snapshot().status())
        .isEqualTo(JobStatus.SUCCEEDED);
  }

  @Test
  void failsAJobWithMoreUtterancesOrSpeakersThanTheLimits() throws Exception {
    JobHandle utterances = run(EngineLimits.DEFAULTS.withMaxUtterances(1));
    JobHandle speakers = run(EngineLimits.DEFAULTS.withMaxSpeakers(1));

    assertThat(utterances.snapshot().error().orElseThrow())
        .satisfies(
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.MEDIA_UNREADABLE);
              assertThat(e.message())
                  .isEqualTo(
                      "media [call] has 2 utterances, more than the limit of 1"
                          + " (EngineLimits.maxUtterances)");
            });
    assertThat(speakers.snapshot().error().orElseThrow().message())
        .isEqualTo(
            "media [call] has 2 speakers, more than the limit of 1 (EngineLimits.maxSpeakers)");
    assertThat(
            run(EngineLimits.DEFAULTS.withMaxUtterances(2).withMaxSpeakers(2)).snapshot().status())
        .isEqualTo(JobStatus.SUCCEEDED);
  }
}
