package dev.reportengine.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.reportengine.api.spi.MediaSource.MediaQuery;
import dev.reportengine.media.TranscriptDirectory;
import dev.reportengine.media.TranscriptFormats;
import dev.reportengine.media.testing.RepoFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MediaJsonSchemaTest {

  private static Schema schema() throws IOException {
    String text = Files.readString(RepoFiles.root().resolve("docs/media.schema.json"));
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(text, InputFormat.JSON);
  }

  private static List<Error> validate(String json) throws IOException {
    return schema().validate(json, InputFormat.JSON);
  }

  @ParameterizedTest
  @ValueSource(strings = {"discovery-call.json", "team-standup.json"})
  void validatesWhenFileIsExample(String name) throws IOException {
    assertThat(validate(Files.readString(RepoFiles.root().resolve("examples").resolve(name))))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"discovery-call", "hiring-interview", "team-standup"})
  void validatesWhenWriterWritesLoadedExample(String mediaId) throws IOException {
    String written =
        MediaJson.write(
            new TranscriptDirectory(
                    RepoFiles.root().resolve("examples"),
                    TranscriptFormats.DEFAULT_MAX_FILE_BYTES,
                    TranscriptFormats.builtIn())
                .load(new MediaQuery(mediaId))
                .orElseThrow());

    assertThat(validate(written)).isEmpty();
  }

  @Test
  void validatesAndReadsWhenDocumentIsFormatDocExample() throws IOException {
    String markdown = Files.readString(RepoFiles.root().resolve("docs/media-format.md"));
    Matcher block = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
    assertThat(block.find()).isTrue();

    assertThat(validate(block.group(1))).isEmpty();
    assertThat(new MediaJson().read("intro", "intro.json", block.group(1)).utterances()).hasSize(3);
  }

  @Test
  void rejectsUnknownFieldsWhenNested() throws IOException {
    Path example = RepoFiles.root().resolve("examples/team-standup.json");
    String json =
        Files.readString(example).replaceFirst("\"text\":", "\"speaker\": \"x\", \"text\":");

    assertThat(validate(json))
        .extracting(e -> e.getInstanceLocation().toString())
        .containsExactly("/utterances/0");
  }
}
