// What every benchmark measures the same way: latency percentiles and the process's peak RSS.

/** The p-th percentile of an ascending list; 0 for an empty one. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export function megabytes(bytes: number): number {
  return Number((bytes / 1024 / 1024).toFixed(1));
}

export function mb(bytes: number): string {
  return `${megabytes(bytes)} MB`;
}

/** Samples this process's RSS every 20 ms; `reset` starts a new window for one scenario. */
export function trackPeakRss() {
  // memoryUsage.rss() reads only the RSS, far cheaper than memoryUsage() on a busy benchmark.
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  sampler.unref(); // never the reason a finished benchmark keeps running
  return {
    peak: () => Math.max(peak, process.memoryUsage.rss()),
    reset: () => (peak = process.memoryUsage.rss()),
    stop: () => clearInterval(sampler),
  };
}
