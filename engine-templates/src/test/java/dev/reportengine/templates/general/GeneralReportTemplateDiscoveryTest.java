package dev.reportengine.templates.general;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.Template;
import dev.reportengine.api.spi.ReportTemplate;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class GeneralReportTemplateDiscoveryTest {

  @Test
  void serviceLoaderFindsTheGeneralReport() {
    assertThat(ServiceLoader.load(ReportTemplate.class))
        .filteredOn(t -> t.id() == Template.GENERAL_REPORT)
        .singleElement()
        .isInstanceOf(GeneralReportTemplate.class);
  }
}
