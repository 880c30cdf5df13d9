package dev.reportengine.core.internal.json;

import dev.reportengine.api.CreateReportJobResponse;
import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.JobPage;
import dev.reportengine.api.Violation;
import java.util.List;
import java.util.OptionalLong;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The create-job response, the job list and the error body as trees, members in the documented
 * order.
 */
final class ResponseEncoder {
  private ResponseEncoder() {}

  static ObjectNode response(CreateReportJobResponse response) {
    ObjectNode root = JsonValues.NODES.objectNode();
    root.put("jobId", response.jobId());
    root.put("status", response.status().wireName());
    response.stage().ifPresent(stage -> root.put("stage", stage.wireName()));
    response
        .estimatedWaitSec()
        .ifPresent(
            wait ->
                root.set("estimatedWaitSec", JsonValues.number(finite("estimatedWaitSec", wait))));
    return root;
  }

  static ObjectNode error(
      ErrorCode code, String message, List<Violation> violations, OptionalLong retryAfterSec) {
    ObjectNode root = JsonValues.NODES.objectNode();
    ObjectNode error = root.putObject("error");
    error.put("code", code.wireName());
    error.put("message", message);
    retryAfterSec.ifPresent(seconds -> error.put("retryAfterSec", seconds));
    if (!violations.isEmpty()) {
      ArrayNode list = error.putArray("violations");
      for (Violation violation : violations) {
        list.addObject()
            .put("pointer", violation.pointer())
            .put("code", violation.code())
            .put("message", violation.message());
      }
    }
    return root;
  }

  static ObjectNode page(JobPage page) {
    ObjectNode root = JsonValues.NODES.objectNode();
    ArrayNode jobs = root.putArray("jobs");
    page.jobs().forEach(job -> jobs.add(JobEncoder.encode(job)));
    page.nextCursor().ifPresent(cursor -> root.put("nextCursor", cursor));
    return root;
  }

  /** {@code value} if JSON can hold it; otherwise an exception naming {@code field}. */
  static double finite(String field, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be a finite number, got " + value);
    }
    return value;
  }
}
