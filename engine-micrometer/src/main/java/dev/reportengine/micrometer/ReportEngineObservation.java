package dev.reportengine.micrometer;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.docs.ObservationDocumentation;

/** The observations a report engine makes, with their low-cardinality keys. */
public enum ReportEngineObservation implements ObservationDocumentation {

  /**
   * One pipeline stage of one job ({@code report.stage}): with a meter handler, a timer of that
   * name tagged by stage, template and status.
   */
  STAGE {
    @Override
    public String getName() {
      return "report.stage";
    }

    @Override
    public String getContextualName() {
      return "report stage";
    }

    @Override
    public KeyName[] getLowCardinalityKeyNames() {
      return StageKeys.values();
    }
  };

  /** The keys of {@link #STAGE}; each has a bounded set of values. */
  public enum StageKeys implements KeyName {
    /** The stage's wire name, such as {@code load_media} or {@code render_pdf}. */
    STAGE {
      @Override
      public String asString() {
        return "stage";
      }
    },
    /** The job's template, such as {@code sales_playbook}. */
    TEMPLATE {
      @Override
      public String asString() {
        return "template";
      }
    },
    /**
     * How the stage ended: {@code success}, or the error code the job stopped with in it (such as
     * {@code canceled}, {@code timeout}, {@code media_not_found}).
     */
    STATUS {
      @Override
      public String asString() {
        return "status";
      }
    }
  }
}
