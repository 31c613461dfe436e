/**
 * `npm run eval:extract`: scores the extractor against the hand-annotated gold files in
 * test/extract-gold/ (event-level P/R/F1, micro-averaged) and measures CAMEO root-code accuracy on the
 * example sentences of data/sources/cameo-codebook.csv. It measures; it does not gate: exit code 0
 * unless the gold itself is unreadable (1).
 *
 *   tsx scripts/eval-extract.ts [--json] [--details] [--gold DIR] [--codebook FILE]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codebookExamples } from '../src/extract-eval/codebook.ts';
import { type CorpusResult, evaluateCorpus, type Extractor } from '../src/extract-eval/evaluate.ts';
import { formatCorpus, formatRootAccuracy } from '../src/extract-eval/format.ts';
import { type GoldFile, parseGoldFile } from '../src/extract-eval/gold.ts';
import { type RootAccuracy, rootAccuracy, type SentenceCoder } from '../src/extract-eval/root-accuracy.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

type Args = { json: boolean; details: boolean; gold: string; codebook: string };

function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    json: false,
    details: false,
    gold: join(ROOT, 'test', 'extract-gold'),
    codebook: join(ROOT, 'data', 'sources', 'cameo-codebook.csv'),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--details') args.details = true;
    else if (a === '--gold' && argv[i + 1]) args.gold = argv[++i]!;
    else if (a === '--codebook' && argv[i + 1]) args.codebook = argv[++i]!;
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
  const goldCounts = files.map((f) => ({ name: f.gold.name, events: f.gold.events.length }));
  if (args.json) {
    process.stdout.write(
      `${JSON.stringify({ gold: goldCounts, events: corpus, rootAccuracy: roots, notes }, null, 2)}\n`,
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
