import type { FastifyInstance } from 'fastify';

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

export function registerSecurityHeaders(
  app: FastifyInstance,
  embedOrigins: readonly string[],
): void {
  const embedAncestors = embedOrigins.length > 0 ? `'self' ${embedOrigins.join(' ')}` : "'self'";
  app.addHook('onSend', async (request, reply, payload) => {
    const path = request.url.split('?')[0] ?? '';
    const embeddable = path === '/embed' || path.startsWith('/embed/');
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
      path === '/widget.js' ? 'cross-origin' : 'same-origin',
    );
    reply.header(
      'Permissions-Policy',
      'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    );
    if (path.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
    return payload;
  });
}
