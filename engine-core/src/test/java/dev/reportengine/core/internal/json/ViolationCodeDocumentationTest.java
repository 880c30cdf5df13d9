package dev.reportengine.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.core.ContractSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ViolationCodeDocumentationTest {
  private static final Pattern TABLE_ROW = Pattern.compile("(?m)^\\| `([a-z_]+)` \\|");

  @Test
  void doesDocumentEveryCodeWhenDocsAreRead() throws IOException {
    String doc =
        Files.readString(
            ContractSchemas.repositoryRoot().resolve(Path.of("docs", "validation.md")));
    Matcher rows = TABLE_ROW.matcher(doc);
    List<String> documented = rows.results().map(m -> m.group(1)).toList();

    assertThat(documented)
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(ViolationCode.values()).map(ViolationCode::wireName).toList());
  }
}
