package dev.reportengine.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberTextTest {

  @ParameterizedTest
  @CsvSource({
    "0, 0",
    "0.000, 0",
    "-0.0, 0",
    "1E+1, 10",
    "1.50, 1.5",
    "123456789012345678901, 123456789012345678901",
    "1234567890123456789012, 1.234567890123456789012E+21",
    "0.0000001, 0.0000001",
    "0.00000001, 1E-8",
    "1e400, 1E+400",
    "-2.5e-3, -0.0025"
  })
  void doesWriteLikeJavaScriptWhenFormatting(String input, String expected) {
    assertThat(NumberText.format(new BigDecimal(input))).isEqualTo(expected);
  }
}
