package dev.reportengine.core.internal.json;

import dev.reportengine.api.JobSnapshot;
import tools.jackson.databind.node.ObjectNode;

/** A job snapshot as a tree in the order of {@code docs/contracts/job.schema.json}. */
final class JobEncoder {
  private JobEncoder() {}

  static ObjectNode encode(JobSnapshot job) {
    ObjectNode root = JsonValues.NODES.objectNode();
    root.put("jobId", job.jobId());
    root.put("status", job.status().wireName());
    job.stage().ifPresent(stage -> root.put("stage", stage.wireName()));
    root.set("progress", JsonValues.number(job.progress()));
    root.put("createdAt", job.createdAt().toString());
    job.startedAt().ifPresent(at -> root.put("startedAt", at.toString()));
    job.finishedAt().ifPresent(at -> root.put("finishedAt", at.toString()));
    job.estimatedWaitSec()
        .ifPresent(
            wait ->
                root.set(
                    "estimatedWaitSec",
                    JsonValues.number(ResponseEncoder.finite("estimatedWaitSec", wait))));
    job.reportId().ifPresent(id -> root.put("reportId", id));
    job.error()
        .ifPresent(
            error ->
                root.putObject("error")
                    .put("code", error.code().wireName())
                    .put("message", error.message()));
    return root;
  }
}
