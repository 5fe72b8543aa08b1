import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { brandTheme, themeCss } from '../api/theme';

// The two files the clinic's configuration shapes: /theme.css (the brand colour for the app) and
// /widget.js (the loader, with the button in the brand colour). Both are made once at start and
// sent compressed.

interface Asset {
  type: string;
  cacheControl: string;
  body: Buffer;
  gzip: Buffer;
  brotli: Buffer;
}

const asset = (type: string, cacheControl: string, text: string): Asset => {
  const body = Buffer.from(text);
  return {
    type,
    cacheControl,
    body,
    gzip: gzipSync(body, { level: 9 }),
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  };
};

function send(request: FastifyRequest, reply: FastifyReply, file: Asset) {
  const accepted = request.headers['accept-encoding'] ?? '';
  reply
    .type(file.type)
    .header('Cache-Control', file.cacheControl)
    .header('Vary', 'Accept-Encoding');
  if (/\bbr\b/.test(accepted)) return reply.header('Content-Encoding', 'br').send(file.brotli);
  if (/\bgzip\b/.test(accepted)) return reply.header('Content-Encoding', 'gzip').send(file.gzip);
  return reply.send(file.body);
}

export function registerBrandedAssets(
  app: FastifyInstance,
  options: { brandColor: string; widgetFile?: string | undefined },
): void {
  const theme = brandTheme(options.brandColor);
  const css = asset('text/css; charset=utf-8', 'public, max-age=300', themeCss(theme));
  app.get('/theme.css', (request, reply) => send(request, reply, css));

  const { widgetFile } = options;
  if (widgetFile === undefined || !existsSync(widgetFile)) return;
  const source = readFileSync(widgetFile, 'utf8')
    .replaceAll('%%IPM_BRAND%%', theme.brand)
    .replaceAll('%%IPM_BRAND_TEXT%%', theme.brandText);
  // Short cache: clinics never change the tag, so fixes and colour changes must reach them.
  const widget = asset('text/javascript; charset=utf-8', 'public, max-age=300', source);
  app.get('/widget.js', (request, reply) => send(request, reply, widget));
}
