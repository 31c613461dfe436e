/**
 * The level endpoint under load: autocannon at 100 connections against a server in a child process
 * (a temporary home with the built-in data), next to a trivial endpoint (/api/countries?q=AZE)
 * measured in the same run as the baseline. Prints p50/p99 latency, req/s, errors and the server's
 * RSS at the start and end of the level run.
 *
 * Before the load, a soak: 1,000 level requests with distinct random ranges (1800-01 … 2100-12,
 * 20 at a time), each a new cache entry of up to a megabyte; memory must stay bounded by
 * construction (server RSS < 600 MB, live heap after a full GC within 20% of its value before).
 *
 *   npx tsx bench/api.ts                 # 10 s per endpoint
 *   npx tsx bench/api.ts --duration 60   # the bar: p99 < 50 ms, no errors, flat memory
 *   npx tsx bench/api.ts --soak 1000     # how many distinct ranges the soak asks for (0: none)
 */
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

type CannonResult = {
  latency: { p50: number; p99: number };
  requests: { average: number };
  errors: number;
  non2xx: number;
  timeouts: number;
};
// autocannon ships no types: the few fields read here are declared above.
const autocannon = createRequire(import.meta.url)('autocannon') as (opts: object) => Promise<CannonResult>;

const LEVEL = '/api/dyads/AZE/UZB/level';
const BASELINE = '/api/countries?q=AZE';

async function serveChild(home: string): Promise<void> {
  const { openHome } = await import('../src/store/home.ts');
  const { createApp } = await import('../src/api/app.ts');
  const { listen } = await import('../src/api/server.ts');
  const h = openHome(home, new Date());
  const server = await listen(createApp({ kb: h.kb, token: 'x'.repeat(43) }), { port: 0 });
  process.send!({ port: server.port });
  process.on('message', (m: string) => {
    if (m === 'rss') process.send!({ rss: process.memoryUsage().rss });
    // Live heap after a full collection: what a leak would grow (RSS also holds freed pages).
    if (m === 'heap') {
      (globalThis as { gc?: () => void }).gc?.();
      process.send!({ heap: process.memoryUsage().heapUsed });
    }
    if (m === 'stop') void server.close().then(() => process.exit(0));
  });
}

type Child = ReturnType<typeof fork>;
/** Asks the server child for one figure and waits for that answer (other replies may be in flight). */
const ask = (child: Child, what: 'rss' | 'heap') =>
  new Promise<number>((resolve) => {
    const on = (m: Record<string, number>) => {
      if (typeof m[what] !== 'number') return;
      child.off('message', on);
      resolve(m[what]);
    };
    child.on('message', on);
    child.send(what);
  });
const heapOf = (child: Child) => ask(child, 'heap');
const rssOf = (child: Child) => ask(child, 'rss');

async function run(url: string, duration: number) {
  const r = await autocannon({ url, connections: 100, duration, pipelining: 1 });
  return {
    p50: r.latency.p50,
    p99: r.latency.p99,
    rps: r.requests.average,
    errors: r.errors + r.non2xx + r.timeouts,
  };
}

/** A deterministic generator, so two runs ask for the same ranges. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` level requests over distinct random ranges, `parallel` at a time; the server's peak RSS. */
async function soak(base: string, child: Child, count: number, parallel = 20) {
  const rand = prng(15);
  const month = (t: number) => `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
  const lo = 1800 * 12;
  const hi = 2100 * 12 + 11;
  const seen = new Set<string>();
  const paths: string[] = [];
  while (paths.length < count) {
    const a = lo + Math.floor(rand() * (hi - lo + 1));
    const b = lo + Math.floor(rand() * (hi - lo + 1));
    const q = `from=${month(Math.min(a, b))}&to=${month(Math.max(a, b))}`;
    if (seen.has(q)) continue;
    seen.add(q);
    paths.push(`${LEVEL}?${q}`);
  }
  let peak = await rssOf(child);
  const timer = setInterval(() => void rssOf(child).then((x) => (peak = Math.max(peak, x))), 200);
  let next = 0;
  let bad = 0;
  let bytes = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < paths.length) {
        const res = await fetch(base + paths[next++]!);
        bytes += (await res.arrayBuffer()).byteLength;
        if (res.status !== 200) bad++;
      }
    }),
  );
  clearInterval(timer);
  peak = Math.max(peak, await rssOf(child));
  return { seconds: (performance.now() - t0) / 1000, bad, bytes, peak };
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--duration');
  const duration = i > 0 ? Number(process.argv[i + 1]) : 10;
  const k = process.argv.indexOf('--soak');
  const soakCount = k > 0 ? Number(process.argv[k + 1]) : 1000;
  const home = mkdtempSync(join(tmpdir(), 'bilateral-bench-api-'));
  const child = fork(fileURLToPath(import.meta.url), ['--serve', home], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
  });
  try {
    const port = await new Promise<number>((resolve) =>
      child.once('message', (m: { port: number }) => resolve(m.port)),
    );
    const base = `http://127.0.0.1:${port}`;
    await run(base + LEVEL, 1); // warm-up: the first request computes and caches the level
    const mb = (x: number) => `${(x / 1048576).toFixed(1)} MB`;
    if (soakCount > 0) {
      const heapBefore = await heapOf(child);
      const s = await soak(base, child, soakCount);
      const heapAfter = await heapOf(child);
      const growth = (heapAfter - heapBefore) / heapBefore;
      console.log(
        `soak: ${soakCount} level requests with distinct random ranges (1800-01 … 2100-12), 20 at a time: ${s.seconds.toFixed(1)} s, ${mb(s.bytes)} sent, non-200 ${s.bad}`,
      );
      console.log(
        `  server RSS peak ${mb(s.peak)} (bar < 600 MB: ${s.peak < 600 * 1048576 ? 'met' : 'NOT met'}); live heap after a full GC ${mb(heapBefore)} before, ${mb(heapAfter)} after (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}%, bar within 20%: ${Math.abs(growth) <= 0.2 ? 'met' : 'NOT met'})`,
      );
    }
    const baseline = await run(base + BASELINE, Math.max(3, Math.round(duration / 3)));
    const heapStart = await heapOf(child);
    const rssStart = await rssOf(child);
    const samples: number[] = [];
    const timer = setInterval(() => void rssOf(child).then((x) => samples.push(x)), 2000);
    const level = await run(base + LEVEL, duration);
    clearInterval(timer);
    const rssEnd = await rssOf(child);
    const heapEnd = await heapOf(child);
    console.log(`autocannon, 100 connections, ${duration} s on ${LEVEL}`);
    for (const [name, r] of [
      [BASELINE, baseline],
      [LEVEL, level],
    ] as const)
      console.log(
        `${name.padEnd(28)} p50 ${r.p50} ms  p99 ${r.p99} ms  ${r.rps.toFixed(0)} req/s  errors ${r.errors}`,
      );
    console.log(
      `ratio level/baseline: p99 ${(level.p99 / Math.max(1, baseline.p99)).toFixed(2)}  req/s ${(level.rps / baseline.rps).toFixed(2)}`,
    );
    console.log(
      `server RSS: start ${mb(rssStart)}, end ${mb(rssEnd)}, max ${mb(Math.max(rssStart, rssEnd, ...samples))}`,
    );
    console.log(
      `live heap after a full GC: before the run ${mb(heapStart)}, after it ${mb(heapEnd)} (a leak would keep what the run allocated)`,
    );
    // Flat memory: after the heap has grown to its working size (first half), the second half adds little.
    const half = samples.slice(Math.floor(samples.length / 2));
    const firstHalfMax = Math.max(rssStart, ...samples.slice(0, Math.floor(samples.length / 2)));
    console.log(
      `RSS every 2 s: ${samples.map((x) => (x / 1048576).toFixed(0)).join(' ')} MB; second half grew ${mb(Math.max(0, Math.max(...half, rssEnd) - firstHalfMax))} over the first half's max`,
    );
    console.log(
      `bar: p99 < 50 ms ${level.p99 < 50 ? 'met' : 'NOT met'}; errors ${level.errors === 0 ? 'none' : level.errors}`,
    );
  } finally {
    child.send('stop');
    rmSync(home, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--serve') await serveChild(process.argv[3]!);
else await main();
