/** What the benchmarks share: reading a numeric flag and measuring a run. The `_` keeps `npm run bench` from running it. */

/** `--name N` or `--name=N` from the command line, or `fallback`. */
export function flag(name: string, fallback: number): number {
  const i = process.argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return fallback;
  const arg = process.argv[i] ?? '';
  return Number(arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : process.argv[i + 1]);
}

/** Wall-clock and CPU seconds of `fn`, with the peak RSS sampled every 50 ms. */
export async function measure(
  fn: () => Promise<unknown>,
): Promise<{ wall: number; cpu: number; peak: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  try {
    await fn();
  } finally {
    clearInterval(timer);
  }
  const cpu = process.cpuUsage(cpu0);
  return { wall: (performance.now() - t0) / 1000, cpu: (cpu.user + cpu.system) / 1e6, peak };
}
