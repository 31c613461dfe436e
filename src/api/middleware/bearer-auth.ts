import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

export type BearerAuthOptions = {
  /** The write token (from the home's config.json). */
  token: string;
};

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Lets a request through only with `Authorization: Bearer <token>`; otherwise 401 before the
 * handler runs, so nothing is read from the body or written. Digests are compared in constant time
 * so the comparison leaks neither the token nor its length.
 */
export function bearerAuth(options: BearerAuthOptions): MiddlewareHandler {
  const expected = digest(options.token);
  return async function bearerAuthMiddleware(c, next) {
    const header = c.req.header('Authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match || !timingSafeEqual(digest(match[1]!), expected)) {
      c.header('WWW-Authenticate', 'Bearer realm="bilateral"');
      return c.json(
        {
          error: match
            ? 'the write token is wrong'
            : 'writing needs the token: Authorization: Bearer <token> (see bilateral serve --print-token)',
        },
        401,
      );
    }
    await next();
  };
}
