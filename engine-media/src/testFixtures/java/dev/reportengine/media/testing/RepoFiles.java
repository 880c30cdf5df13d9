package dev.reportengine.media.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Finds test files relative to the repository root: the transcripts copied into {@code
 * testdata/transcripts}, the stand-ins we wrote in {@code testdata/stand-ins}, and the shared
 * transcript corpus beside the repository. A missing file fails the test, naming the file; nothing
 * here skips. The source is in engine-media/src/testFixtures/java; engine-media and engine-core
 * compile it into their tests.
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

  /** The folder of the transcripts we wrote to stand in for shared ones we may not copy. */
  public static Path standIns() {
    return root().resolve("testdata/stand-ins");
  }

  /** The shared transcript corpus beside the repository (it may be absent). */
  public static Path sharedTranscripts() {
    return root().resolve("../shared/data/transcripts").normalize();
  }

  /**
   * A transcript copied into {@code testdata/transcripts} ({@link #IN_REPO_TRANSCRIPTS}); fails the
   * test, naming the file, when it is missing or not one of the copies.
   */
  public static Path transcript(String name) {
    if (!IN_REPO_TRANSCRIPTS.contains(name)) {
      fail(
          "test fixture "
              + name
              + " is not copied into testdata/transcripts (RepoFiles.IN_REPO_TRANSCRIPTS): use"
              + " a stand-in (RepoFiles.standIn) or a @SharedCorpus test (RepoFiles.sharedTranscript)");
    }
    return existing(inRepoTranscripts().resolve(name));
  }

  /** A transcript of {@code testdata/stand-ins}; fails the test, naming the file, when missing. */
  public static Path standIn(String name) {
    return existing(standIns().resolve(name));
  }

  /**
   * A file of {@code ../shared/data/transcripts}, for {@link SharedCorpus} tests only (run with
   * {@code -Pshared-corpus}); fails the test, naming the file, when it is absent.
   */
  public static Path sharedTranscript(String name) {
    Path file = sharedTranscripts().resolve(name);
    if (!Files.isRegularFile(file)) {
      fail(
          "shared transcript "
              + file
              + " is missing: @SharedCorpus tests (-Pshared-corpus) need ../shared beside the"
              + " repository");
    }
    return file;
  }

  private static Path existing(Path file) {
    if (!Files.isRegularFile(file)) {
      fail("test fixture " + file + " is missing");
    }
    return file;
  }
}
