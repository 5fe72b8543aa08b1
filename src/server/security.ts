import type { FastifyInstance, FastifyReply } from 'fastify';

// Strict headers on every response. Pages may be framed only where the clinic allows it: /embed by
// the configured origins, nothing else by anyone.

export function contentSecurityPolicy(frameAncestors: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/** Who may frame /embed: the app itself and the origins the clinic lists. */
export const frameAncestorsFor = (embedOrigins: readonly string[]) =>
  embedOrigins.length > 0 ? `'self' ${embedOrigins.join(' ')}` : "'self'";

export function registerSecurityHeaders(app: FastifyInstance, embedAncestors: string): void {
  app.addHook('onSend', async (request, reply, payload) => {
    // The route the router matched, never the raw URL: `/%65mbed` is the same page as `/embed`.
    applySecurityHeaders(reply, request.routeOptions.url, embedAncestors);
    return payload;
  });
}

/** The headers of every answer, by the route that gives it (undefined: no route matched). */
export function applySecurityHeaders(
  reply: FastifyReply,
  route: string | undefined,
  embedAncestors: string,
): void {
  const embeddable = route === '/embed';
  reply.header(
    'Content-Security-Policy',
    contentSecurityPolicy(embeddable ? embedAncestors : "'none'"),
  );
  if (!embeddable) reply.header('X-Frame-Options', 'DENY');
  reply.header('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
  reply.header('X-Content-Type-Options', 'nosniff');
  reply.header('Referrer-Policy', 'no-referrer');
  reply.header('Cross-Origin-Opener-Policy', 'same-origin');
  // The loader is the one file other sites may load; everything else stays on this origin.
  reply.header(
    'Cross-Origin-Resource-Policy',
    route === '/widget.js' ? 'cross-origin' : 'same-origin',
  );
  reply.header(
    'Permissions-Policy',
    'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  );
  // Nothing of the API is kept by a cache; nor is an answer no route gave (404s included).
  if (route === undefined || route.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
}
