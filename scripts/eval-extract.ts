/**
 * `npm run eval:extract`: scores the extractor against the hand-annotated gold files in
 * test/extract-gold/ (event-level P/R/F1, micro-averaged) and measures CAMEO root-code accuracy on the
 * example sentences of data/sources/cameo-codebook.csv. It measures; it does not gate: exit code 0
 * unless the gold itself is unreadable (1).
 *
 * It also scores the PLOVER gold sentences (test/plover/): the share of sentences whose PLOVER type
 * and actors' countries an extracted event has, the sentences with no event, the events' precision.
 *
 *   tsx scripts/eval-extract.ts [--json] [--details] [--gold DIR] [--codebook FILE] [--plover DIR]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codebookExamples } from '../src/extract-eval/codebook.ts';
import {
  type CorpusResult,
  type Extracted,
  evaluateCorpus,
  type ExtractOptions,
} from '../src/extract-eval/evaluate.ts';
import { formatCorpus, formatRootAccuracy } from '../src/extract-eval/format.ts';
import { type GoldFile, parseGoldFile } from '../src/extract-eval/gold.ts';
import {
  evaluatePlover,
  formatPlover,
  type PloverExtractor,
  type PloverResult,
  parsePlover,
  parsePloverTable,
} from '../src/extract-eval/plover.ts';
import { type RootAccuracy, rootAccuracy, type SentenceCoder } from '../src/extract-eval/root-accuracy.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

type Args = { json: boolean; details: boolean; gold: string; codebook: string; plover: string };

function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    json: false,
    details: false,
    gold: join(ROOT, 'test', 'extract-gold'),
    codebook: join(ROOT, 'data', 'sources', 'cameo-codebook.csv'),
    plover: join(ROOT, 'test', 'plover'),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--details') args.details = true;
    else if (a === '--gold' && argv[i + 1]) args.gold = argv[++i]!;
    else if (a === '--codebook' && argv[i + 1]) args.codebook = argv[++i]!;
    else if (a === '--plover' && argv[i + 1]) args.plover = argv[++i]!;
    else {
      process.stderr.write(`eval-extract: unknown argument ${a}\n`);
      process.exit(1);
    }
  }
  return args;
}

/** Reads every `<name>.gold.yaml` with its `<name>.txt`; problems name the file and line. */
function readGold(dir: string): { files: { gold: GoldFile; text: string }[]; problems: string[] } {
  const files: { gold: GoldFile; text: string }[] = [];
  const problems: string[] = [];
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.gold.yaml'))
    .map((f) => f.slice(0, -'.gold.yaml'.length))
    .sort();
  for (const name of names) {
    const textPath = join(dir, `${name}.txt`);
    if (!existsSync(textPath)) {
      problems.push(`${name}.gold.yaml: its text ${name}.txt is missing`);
      continue;
    }
    const parsed = parseGoldFile(readFileSync(join(dir, `${name}.gold.yaml`), 'utf8'), name);
    problems.push(...parsed.problems);
    if (parsed.gold) files.push({ gold: parsed.gold, text: readFileSync(textPath, 'utf8') });
  }
  return { files, problems };
}

/** `extractEvents` as both scorings call it: gold files by pair, class and date; PLOVER by code and countries. */
type Extractor = (
  text: string,
  opts: ExtractOptions,
) => { events: readonly (Extracted & ReturnType<PloverExtractor>[number])[] };

type ExtractModule = { extractEvents?: Extractor; codeSentence?: SentenceCoder };

/** The extractor, loaded at run time so that this script runs (and reports so) before it exists. */
async function loadExtractor(): Promise<ExtractModule | string> {
  const url = new URL('../src/extract/index.ts', import.meta.url);
  if (!existsSync(fileURLToPath(url))) return 'src/extract/index.ts does not exist yet';
  try {
    return (await import(url.href)) as ExtractModule;
  } catch (err) {
    return `src/extract/index.ts failed to load: ${err instanceof Error ? err.message : String(err)}`;
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const { files, problems } = readGold(args.gold);
  for (const p of problems) process.stderr.write(`gold: ${p}\n`);
  if (problems.length > 0) return 1;
  const mod = await loadExtractor();
  const notes: string[] = typeof mod === 'string' ? [mod] : [];
  let corpus: CorpusResult | undefined;
  let roots: RootAccuracy | undefined;
  if (typeof mod !== 'string' && mod.extractEvents) {
    const extract = mod.extractEvents;
    corpus = evaluateCorpus(files, extract);
  } else if (typeof mod !== 'string') notes.push('src/extract/index.ts exports no extractEvents');
  if (typeof mod !== 'string' && mod.codeSentence) {
    if (existsSync(args.codebook)) {
      roots = rootAccuracy(codebookExamples(readFileSync(args.codebook, 'utf8')), mod.codeSentence);
    } else notes.push(`codebook ${args.codebook} not found`);
  } else if (typeof mod !== 'string') notes.push('src/extract/index.ts exports no codeSentence');
  let plover: PloverResult | undefined;
  if (typeof mod !== 'string' && mod.extractEvents) {
    const sentencesFile = join(args.plover, 'plover_gsr.jsonl');
    const tableFile = join(args.plover, 'cameo2plover.json');
    if (existsSync(sentencesFile) && existsSync(tableFile)) {
      const extract = mod.extractEvents;
      const run: PloverExtractor = (text) => extract(text, { documentId: 'plover' }).events;
      try {
        plover = evaluatePlover(
          parsePlover(readFileSync(sentencesFile, 'utf8')),
          parsePloverTable(readFileSync(tableFile, 'utf8')),
          run,
        );
      } catch (err) {
        process.stderr.write(
          `plover: ${sentencesFile}: ${err instanceof Error ? err.message : String(err)}\n`,
        );
        return 1;
      }
    } else notes.push(`PLOVER files not found in ${args.plover}`);
  }
  const goldCounts = files.map((f) => ({ name: f.gold.name, events: f.gold.events.length }));
  if (args.json) {
    process.stdout.write(
      `${JSON.stringify({ gold: goldCounts, events: corpus, rootAccuracy: roots, plover, notes }, null, 2)}\n`,
    );
    return 0;
  }
  const out: string[] = [];
  if (corpus) out.push(formatCorpus(corpus, args.details));
  else {
    out.push('gold files (no extractor to score):');
    for (const g of goldCounts) out.push(`  ${g.name}: ${g.events} events`);
  }
  if (roots) out.push('', formatRootAccuracy(roots));
  if (plover) out.push('', formatPlover(plover));
  for (const n of notes) out.push(`note: ${n}`);
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(
      `eval-extract: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exit(2);
  },
);
