import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { memoryIO } from '../src/cli/memory-io.ts';
import { run } from '../src/cli/run.ts';
import type { Level } from '../src/core/level/index.ts';
import { PACKAGE_ROOT } from '../src/store/paths.ts';

const HOME = mkdtempSync(join(tmpdir(), 'bilateral-level-'));
after(() => rmSync(HOME, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const m = memoryIO({ cwd: PACKAGE_ROOT, now: new Date('2026-11-27T12:00:00Z') });
  const code = await run(['--home', HOME, ...argv], m.io);
  return { code, stdout: m.stdout(), stderr: m.stderr() };
}

async function level(...argv: string[]): Promise<Level> {
  const r = await cli('--json', 'level', ...argv);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout);
}

test('Azerbaijan–Uzbekistan on the built-in dossier: good by 2004, friendly after the 2024 allied treaty', async () => {
  const { series, method, dyad } = await level('AZE', 'UZB', '--events', 'kb');
  assert.deepEqual(dyad, ['AZE', 'UZB']);
  assert.equal(method.name, 'rls');
  assert.equal(series[0]!.month, '1995-10');
  assert.equal(series.at(-1)!.month, '2026-11');
  const at = (m: string) => series.find((p) => p.month === m)!;
  assert.equal(at('1995-10').rung, 'DIPLOMATIC_RELATIONS');
  assert.equal(at('1995-10').level, 'ordinary');
  assert.equal(at('2004-12').level, 'good');
  assert.equal(at('2004-12').rung, 'STRATEGIC_PARTNERSHIP');
  assert.equal(at('2024-09').rung, 'ALLIED_TREATY_SIGNED');
  for (const p of series.filter((x) => x.month >= '2024-09')) assert.equal(p.level, 'friendly', p.month);
  for (const p of series) {
    assert.ok(p.band[0] <= p.score && p.score <= p.band[1], p.month);
    assert.ok(p.score > -9 && p.score < 9);
  }
});

test('--explain: the contributions of a month sum to its change and name the allied treaty', async () => {
  const { series, explain } = await level('AZE', 'UZB', '--explain', '2024-08', '--events', 'kb');
  assert.ok(explain);
  const i = series.findIndex((p) => p.month === '2024-08');
  const delta = series[i]!.score - series[i - 1]!.score;
  assert.ok(Math.abs(explain.delta - delta) < 1e-9);
  const sum = explain.contributions.reduce((s, c) => s + c.dS, 0);
  assert.ok(Math.abs(sum - delta) < 1e-9);
  const baseline = explain.contributions.find((c) => c.kind === 'baseline')!;
  assert.match(baseline.title, /ALLIED_TREATY_SIGNED/);
  assert.ok(
    explain.contributions.some((c) => c.kind === 'new_event' && c.ref === 'au051-aliyev-state-visit'),
  );
});

test('the human output shows the label changes and the chart', async () => {
  const r = await cli('level', 'AZE', 'UZB', '--from', '2022-01', '--to', '2024-12', '--events', 'kb');
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^Azerbaijan – Uzbekistan: \d\.\d friendly-\w+ in 2024-12/);
  assert.match(r.stdout, /2024-08 +friendly-\w+ +\d\.\d +ALLIED_TREATY_SIGNED/);
  assert.match(r.stdout, /┤/);
});

test('partners ranks every country with data, with its trend', async () => {
  const r = await cli('--json', 'partners', 'Azerbaijan', '--month', '2025-12', '--events', 'kb');
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.country, 'AZE');
  assert.equal(out.month, '2025-12');
  assert.equal(out.partners[0].iso3, 'UZB');
  assert.equal(out.partners[0].level, 'friendly');
  assert.equal(typeof out.partners[0].trend12, 'number');
});

test('bad level options exit 1', async () => {
  assert.equal((await cli('level', 'AZE', 'UZB', '--explain', '2024')).code, 1);
  assert.equal((await cli('level', 'AZE', 'UZB', '--events', 'web')).code, 1);
  assert.equal((await cli('level', 'AZE', 'UZB', '--mode', 'fast')).code, 1);
  assert.equal((await cli('partners', 'Atlantis')).code, 1);
});
