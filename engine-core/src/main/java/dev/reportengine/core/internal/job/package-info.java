/**
 * The job runtime: the lifecycle table, the per-job state with its handle, the pipeline of named
 * stages and the engine that queues jobs on an executor.
 */
package dev.reportengine.core.internal.job;
