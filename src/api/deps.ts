import type { Dyad } from '../core/types.ts';
import type { LakePort } from '../service/lake-port.ts';
import type { IndicatorSource } from '../service/indicators.ts';
import type { ReferencePort } from '../service/reference-port.ts';
import type { KnowledgeBase } from '../store/kb/knowledge-base.ts';
import type { ExtractPool } from './extract/pool.ts';
import type { ResponseCache } from './response-cache.ts';

/** Renders a pair's report (src/report's `reportFor`). */
export type ReportFn = (
  kb: KnowledgeBase,
  dyad: Dyad,
  opts: { format: 'md' | 'html' | 'pdf' | 'json'; asOf?: string; now: string },
) => Promise<string | Buffer | Uint8Array>;

/** What the app is built from: no socket, no process state, so tests call `app.request`. */
export type AppDeps = {
  kb: KnowledgeBase;
  /** The event lake, when the home has one. */
  lake?: LakePort | undefined;
  /** The reference data sets (alliances, disputes, wars, representation), when the home has them. */
  reference?: ReferencePort | undefined;
  /** The reference data's indicator tables (UN votes, trade, IGOs, ICEWS counts, contiguity). */
  indicators?: IndicatorSource | undefined;
  /** The write token; requests that write must bear it. */
  token: string;
  /** The clock, passed in (the current month is the default end of every series). */
  now?: () => Date;
  /** The built dashboard (dist/web); `/` answers 404 with a hint when it is missing. */
  webDir?: string;
  /** Defaults to src/report's `reportFor`, loaded on first use. */
  report?: ReportFn;
  /** Requests a client may make to the open extraction endpoint: per minute, and at once. */
  extractRate?: { perMinute: number; burst: number };
  /** Called before every API request: reloads the lake reader when another process ingested. */
  refreshLake?: () => Promise<void>;
  /** Registers a listener for each time the lake reader is reloaded (`serve --follow`). */
  onLakeReload?: (listener: () => void) => void;
};

/** What route modules receive: the deps, resolved, and the shared response cache. */
export type RouteDeps = Required<Pick<AppDeps, 'kb' | 'now'>> & {
  lake: LakePort | undefined;
  reference: ReferencePort | undefined;
  indicators: IndicatorSource | undefined;
  cache: ResponseCache;
  report: () => Promise<ReportFn>;
  /** `YYYY-MM` of the clock. */
  month: () => string;
  /** Extraction on a worker thread. */
  extract: ExtractPool;
};
