/**
 * The contract's JSON codec: strict parsing, one validator for create-job requests, and
 * deterministic writers. Used only through {@link dev.reportengine.core.ContractJson}.
 */
package dev.reportengine.core.internal.json;
