/**
 * How far the process's resident memory rises above where it stood, at its highest, while `work`
 * runs: sampled every few milliseconds (the work must yield now and then, as a request does).
 * Honest but coarse: the bound a test puts on it should be generous, far below what reading the
 * whole input would take and far above the noise of the rest of the process.
 */
export async function peakRssRise<T>(work: () => Promise<T>): Promise<{ result: T; rise: number }> {
  const start = process.memoryUsage().rss;
  let peak = start;
  const sample = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 2);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, rise: peak - start };
  } finally {
    clearInterval(sample);
  }
}

export const mebibytes = (count: number) => count * 1024 * 1024;
