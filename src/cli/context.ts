import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LEVEL_PARAMS } from '../core/level/params.ts';
import type { LakePort } from '../service/lake-port.ts';
import type { ReferencePort } from '../service/reference-port.ts';
import { Reference } from '../store/reference/reference.ts';
import { referencePort } from '../store/reference/reference-port.ts';
import { Lake } from '../store/lake/lake.ts';
import { type ClickHouseAddress, parseLakeUrl } from '../store/lake/clickhouse/lake-url.ts';
import type { LakeEngine } from '../store/lake/lake-engine.ts';
import type { LakeReader } from '../store/lake/lake-reader.ts';
import { type LiveLake, openLiveLake } from '../store/lake/live-lake.ts';
import { type Home, openHome, resolveHomeDir } from '../store/home.ts';
import { type IO, UserError } from './io.ts';

/** Options every command accepts. */
export type GlobalOptions = { home?: string; json?: boolean; debug?: boolean; lake?: string };

/** What a command runs with: the io, the global options, and the home, opened on first use. */
export class Context {
  private opened: Home | undefined;
  private openedLake: LakeReader | null | undefined;
  /** The exit code of a command that finished but not wholly (some files failed): 1. */
  exitCode = 0;
  private openedReference: Reference | undefined;

  constructor(
    readonly io: IO,
    readonly globals: () => GlobalOptions,
  ) {}

  get json(): boolean {
    return this.globals().json === true;
  }

  /** The home (created and loaded with the built-in dossiers on first use). */
  home(): Home {
    if (!this.opened)
      this.opened = openHome(resolveHomeDir(this.globals().home, this.io.env, this.io.cwd), this.io.now());
    return this.opened;
  }

  /** The home's event lake, or undefined while nothing has been ingested. */
  async lake(): Promise<LakePort | undefined> {
    const engine = await this.lakeEngine();
    if (this.openedLake === undefined && engine) this.openedLake = await engine.openReader();
    if (this.openedLake === undefined) {
      const home = this.home();
      this.openedLake = existsSync(join(home.lakeDir, 'manifest.json')) ? await Lake.open(home.dir) : null;
    }
    return this.openedLake ?? undefined;
  }

  /** The ClickHouse lake `--lake` (or BILATERAL_LAKE) names; undefined: the home's embedded lake. */
  lakeAddress(): ClickHouseAddress | undefined {
    const url = this.globals().lake ?? this.io.env.BILATERAL_LAKE;
    if (url === undefined || url === '') return undefined;
    try {
      return parseLakeUrl(url);
    } catch (err) {
      throw new UserError((err as Error).message);
    }
  }

  /**
   * The lake engine to ingest into and read from when it is not the home's embedded lake. The
   * ClickHouse client is loaded only then: without `--lake` the CLI starts as it always did.
   */
  async lakeEngine(): Promise<LakeEngine | undefined> {
    const address = this.lakeAddress();
    if (!address) return undefined;
    const { clickHouseEngine } = await import('../store/lake/clickhouse/clickhouse-lake.ts');
    return clickHouseEngine(address);
  }

  /** A reader that follows the lake as it grows (`serve`). */
  async liveLake(): Promise<LiveLake> {
    const address = this.lakeAddress();
    if (!address) return openLiveLake(this.home().dir);
    const { openLiveClickHouseLake } = await import('../store/lake/clickhouse/live-clickhouse-lake.ts');
    return openLiveClickHouseLake(address);
  }

  /**
   * The home's reference data (alliances, disputes, wars, representation, UN votes…), built from
   * the shipped files on first use with a progress line on stderr.
   */
  async referenceData(): Promise<Reference> {
    this.openedReference ??= await Reference.open(this.home().dir, (line) => this.note(line));
    return this.openedReference;
  }

  /** The reference facts as the services read them. */
  async reference(): Promise<ReferencePort> {
    return referencePort(await this.referenceData(), LEVEL_PARAMS);
  }

  /** The current month, `YYYY-MM`, from the io's clock. */
  month(): string {
    return this.io.now().toISOString().slice(0, 7);
  }

  /** Prints a line on stdout. */
  out(text = ''): void {
    this.io.stdout(`${text}\n`);
  }

  /** Prints machine-readable output: the only thing on stdout with --json. */
  outJson(value: unknown): void {
    this.io.stdout(`${JSON.stringify(value, null, 2)}\n`);
  }

  /** Progress and warnings: stderr, never stdout. */
  note(text: string): void {
    this.io.stderr(`${text}\n`);
  }

  close(): void {
    this.openedReference?.close();
    this.openedReference = undefined;
    this.openedLake?.close();
    this.openedLake = undefined;
    this.opened?.close();
    this.opened = undefined;
  }
}
