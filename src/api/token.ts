/**
 * The write token: created in the home on first start as `<home>/config.json` ({"token": "..."},
 * mode 0600), 32 random bytes in base64url. Reading is open; writing through the API needs it.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where a home keeps its configuration. */
export function configPath(homeDir: string): string {
  return join(homeDir, 'config.json');
}

/** A fresh token: 32 random bytes, base64url. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The home's write token, created (and the file written with mode 0600) when there is none yet. */
export function ensureToken(homeDir: string): string {
  const file = configPath(homeDir);
  let config: Record<string, unknown> = {};
  try {
    config = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new Error(
        `${file}: not valid JSON (${(err as Error).message}); fix or delete it to make a new token`,
      );
  }
  const token = config['token'];
  if (typeof token === 'string' && token.length >= 32) return token;
  const created = newToken();
  mkdirSync(homeDir, { recursive: true });
  // `wx` would fail on an existing file without a token; write then tighten the mode in both cases.
  writeFileSync(file, `${JSON.stringify({ ...config, token: created }, null, 2)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return created;
}
