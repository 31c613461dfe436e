import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Hono } from 'hono';
import { rateLimit } from './rate-limit.ts';

test('a token bucket per client: the burst, then one request per interval, 429 with Retry-After', async () => {
  let t = 1_000_000;
  const app = new Hono();
  app.use('*', rateLimit({ perMinute: 6, burst: 2, now: () => t }));
  app.get('/', (c) => c.text('ok'));
  const statuses = async (n: number) => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push((await app.request('/')).status);
    return out;
  };
  assert.deepEqual(await statuses(2), [200, 200]);
  const refused = await app.request('/');
  assert.equal(refused.status, 429);
  assert.equal(refused.headers.get('Retry-After'), '10');
  assert.deepEqual(await refused.json(), { error: 'too many requests from this address; try again in 10 s' });
  t += 4_000;
  const later = await app.request('/');
  assert.equal(later.status, 429);
  assert.equal(later.headers.get('Retry-After'), '6');
  t += 6_000;
  assert.deepEqual(await statuses(2), [200, 429]);
  // A minute of quiet refills the burst, never beyond it.
  t += 600_000;
  assert.deepEqual(await statuses(3), [200, 200, 429]);
});
