import type { IO } from './io.ts';

/** An io that records what a command prints, for tests and for embedding the CLI. */
export function memoryIO(
  options: { env?: Record<string, string | undefined>; cwd?: string; stdin?: string; now?: Date } = {},
) {
  const out: string[] = [];
  const err: string[] = [];
  const io: IO = {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    readStdin: async () => options.stdin ?? '',
    stderrIsTTY: false,
    now: () => options.now ?? new Date('2026-11-27T12:00:00Z'),
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
