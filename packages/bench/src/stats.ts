// Summary statistics over a set of latency samples.

/** Median, 99th percentile and throughput of one measured run. */
export interface LatencySummary {
  /** Requests measured. */
  readonly requests: number;
  /** Concurrent requests in flight. */
  readonly concurrency: number;
  /** Median latency in milliseconds. */
  readonly medianMs: number;
  /** 99th-percentile latency in milliseconds. */
  readonly p99Ms: number;
  /** Completed requests per second of wall time. */
  readonly requestsPerSecond: number;
}

/** Returns the `fraction` quantile (0–1) of `sorted`, nearest-rank. */
export function quantile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** Summarizes latencies (ms) gathered over `wallMs` of wall time. */
export function summarize(
  latencies: readonly number[],
  concurrency: number,
  wallMs: number,
): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    concurrency,
    medianMs: round(quantile(sorted, 0.5)),
    p99Ms: round(quantile(sorted, 0.99)),
    requestsPerSecond: Math.round((sorted.length / wallMs) * 1000),
  };
}

/** Rounds to three decimals for reports. */
export function round(value: number, digits = 3): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** The middle value (the upper one of an even count); NaN for none. */
export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
}
