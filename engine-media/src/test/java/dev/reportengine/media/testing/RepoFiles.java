package dev.reportengine.media.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Finds files relative to the repository root: the transcripts copied into {@code
 * testdata/transcripts}, and the shared transcript corpus beside the repository.
 */
public final class RepoFiles {

  /**
   * The transcripts copied into {@code testdata/transcripts} (their licences allow it; see {@code
   * ATTRIBUTION.md} there). Only these; the rest of the shared corpus stays in {@code ../shared}.
   */
  public static final Set<String> IN_REPO_TRANSCRIPTS =
      Set.of(
          "assemblyai_speaker_labels_utterances_nasa_clip_1spk_en.json",
          "changelog_jsparty300_podcast_panel_named_speakers_sparse_timestamps_76min_en.md",
          "deepgram_nova2_nasa_spacewalk_broadcast_3spk_utterances_3min_en.json",
          "deepgram_nova3_customer_call_plan_cancellation_2spk_8min_en.json",
          "qmsum_ami_ES2004c_product_design_meeting_4spk_no_timestamps_en.json",
          "rev_nlp_earnings22_mtn_ghana_results_call_forced_aligned_27spk_51min_en.nlp",
          "whisper_pyannote_japanese_diet_qa_2spk_45s_ja.txt");

  private RepoFiles() {}

  /** The repository root: the {@code reportengine.root} property, else the working dir's parent. */
  public static Path root() {
    String property = System.getProperty("reportengine.root");
    return property != null && !property.isBlank()
        ? Path.of(property)
        : Path.of("").toAbsolutePath().getParent();
  }

  /** The folder of the transcripts copied into the repository. */
  public static Path inRepoTranscripts() {
    return root().resolve("testdata/transcripts");
  }

  /** The shared transcript corpus beside the repository (it may be absent). */
  public static Path sharedTranscripts() {
    return root().resolve("../shared/data/transcripts").normalize();
  }

  /**
   * A transcript of the shared corpus, from the repository's copy when it has one ({@link
   * #IN_REPO_TRANSCRIPTS}): a missing copy fails the test, naming the file. The others come from
   * {@code ../shared} and skip the test when that is absent ({@link #sharedTranscript}).
   */
  public static Path transcript(String name) {
    if (!IN_REPO_TRANSCRIPTS.contains(name)) {
      return sharedTranscript(name);
    }
    Path file = inRepoTranscripts().resolve(name);
    if (!Files.isRegularFile(file)) {
      fail("test fixture " + file + " is missing (listed in RepoFiles.IN_REPO_TRANSCRIPTS)");
    }
    return file;
  }

  /**
   * A file of {@code ../shared/data/transcripts}; skips the test when it is absent. Only for files
   * whose licence keeps them out of the repository, and for comparing copies with the shared
   * originals.
   */
  public static Path sharedTranscript(String name) {
    Path file = sharedTranscripts().resolve(name);
    assumeTrue(
        Files.isRegularFile(file),
        () -> "skipped: shared transcript " + file + " is absent (../shared is not available)");
    return file;
  }
}
