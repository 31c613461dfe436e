import type { MiddlewareHandler } from 'hono';

export type SecurityHeadersOptions = {
  /** The Content-Security-Policy for responses that do not set their own. */
  contentSecurityPolicy?: string;
};

/**
 * The dashboard's policy: scripts only from this origin, never inline. Inline styles are allowed
 * because ECharts and vis-timeline set `style` attributes on the elements they draw; a style cannot
 * run script. Nothing may frame the pages, and no plugin or `<base>` may change where things load.
 */
export const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** For the HTML report: its own inline CSS and SVG charts, and no script at all. */
export const REPORT_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Sets the security headers on every response; a handler may set a stricter CSP of its own. */
export function securityHeaders(options: SecurityHeadersOptions = {}): MiddlewareHandler {
  const csp = options.contentSecurityPolicy ?? DASHBOARD_CSP;
  return async function securityHeadersMiddleware(c, next) {
    await next();
    const h = c.res.headers;
    if (!h.has('Content-Security-Policy')) h.set('Content-Security-Policy', csp);
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('Referrer-Policy', 'no-referrer');
    h.set('X-Frame-Options', 'DENY');
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
    h.set('Cross-Origin-Resource-Policy', 'same-origin');
  };
}
