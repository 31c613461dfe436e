import type { ReportFn } from './deps.ts';

/**
 * src/report's `reportFor`, imported on first use: the report pulls in ECharts' server-side
 * renderer, which the API does not need to start.
 */
export async function loadReport(): Promise<ReportFn> {
  const { reportFor } = await import('../report/index.ts');
  return reportFor;
}

/** Whether an error is the report's "PDF needs Chromium" (a 503, not a 500). */
export function isChromiumMissing(err: unknown): err is Error {
  return (
    err instanceof Error &&
    (err.name === 'ChromiumMissingError' || err.constructor.name === 'ChromiumMissingError')
  );
}
