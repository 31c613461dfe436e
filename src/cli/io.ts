/** What the CLI may touch of the outside world, passed in so `run` stays testable. */
export type IO = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Reads standard input to the end (for `extract -`). */
  readStdin: () => Promise<string>;
  /** Whether stderr is a terminal (progress bars). */
  stderrIsTTY: boolean;
  now: () => Date;
};

/** Bad input from the user: exit code 1 with this message. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
  }
}
