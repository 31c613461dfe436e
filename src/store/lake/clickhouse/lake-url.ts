/**
 * The address of a ClickHouse lake: `clickhouse://USER[:PASSWORD]@HOST:PORT/DATABASE`, spoken to
 * over HTTP (port 8123 by default); `clickhouses://` for HTTPS.
 */

/** What the client needs to reach the lake's database. */
export type ClickHouseAddress = {
  /** `http://HOST:PORT` */
  url: string;
  username: string;
  password: string;
  database: string;
};

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The address in `value`, or a RangeError saying what is wrong with it. */
export function parseLakeUrl(value: string): ClickHouseAddress {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    throw new RangeError(
      `--lake: "${value}" is not an address such as clickhouse://default@127.0.0.1:8123/bilateral`,
    );
  }
  if (u.protocol !== 'clickhouse:' && u.protocol !== 'clickhouses:')
    throw new RangeError(
      `--lake: "${u.protocol}" is not clickhouse: (addresses look like clickhouse://default@127.0.0.1:8123/bilateral)`,
    );
  const database = decodeURIComponent(u.pathname.replace(/^\//, ''));
  if (!IDENTIFIER.test(database))
    throw new RangeError(
      `--lake: the database "${database}" must be a name of letters, digits and _ (…:8123/bilateral)`,
    );
  if (u.hostname === '') throw new RangeError(`--lake: "${value}" names no host`);
  const scheme = u.protocol === 'clickhouses:' ? 'https' : 'http';
  return {
    url: `${scheme}://${u.hostname}:${u.port || (scheme === 'https' ? '8443' : '8123')}`,
    username: decodeURIComponent(u.username) || 'default',
    password: decodeURIComponent(u.password),
    database,
  };
}

/** The address as shown in messages (never the password). */
export function lakeUrlText(a: ClickHouseAddress): string {
  return `${a.url.replace(/^http/, 'clickhouse')}`.replace('://', `://${a.username}@`) + `/${a.database}`;
}
