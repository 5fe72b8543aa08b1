// @ts-check
// DESIGN's dependency direction, enforced: ui → flows → rules, ui → api → rules, server → api
// contract → rules. `src/rules` may import zod and its own files, nothing else: no React, no
// XState, no Fastify, no Node built-ins, no network.

/** @param {string[]} layers */
const reachInto = (layers) => `^(\\.\\./)+(${layers.join('|')})(/|$)`;

const frameworks = ['react', 'react-dom', 'xstate', '@xstate/react', 'fastify', 'kysely'];

/**
 * @param {string} files
 * @param {{ regex: string, message: string }[]} patterns
 * @param {string[]} [paths]
 */
const boundary = (files, patterns, paths = []) => ({
  files: [files],
  ignores: ['**/*.test.ts', '**/*.test.tsx', '**/*.testing.ts', '**/*.testing.tsx'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: paths.map((name) => ({ name, message: `${files} must not depend on ${name}.` })),
        patterns,
      },
    ],
  },
});

export const importBoundaries = [
  boundary('src/rules/**', [
    {
      regex: '^(?!zod$|zod/|\\./)',
      message:
        'src/rules is pure: it may import only zod and its own files (no project layers, frameworks, Node built-ins or network).',
    },
  ]),
  boundary(
    'src/flows/**',
    [
      {
        regex: reachInto(['ui', 'api', 'server', 'embed']),
        message: 'flows may depend on rules only.',
      },
    ],
    ['react', 'react-dom', 'fastify', 'kysely'],
  ),
  boundary('src/api/**', [
    {
      regex: reachInto(['ui', 'flows', 'server', 'embed']),
      message: 'api may depend on rules only.',
    },
  ]),
  boundary('src/ui/**', [
    {
      regex: reachInto(['server']),
      message: 'ui must not import the server.',
    },
    {
      regex: '^(\\.\\./)+embed/(?!protocol$)',
      message: 'ui may share only the message protocol with the loader.',
    },
    { regex: '^node:', message: 'ui runs in the browser: no Node built-ins.' },
  ]),
  boundary(
    'src/server/**',
    [
      {
        regex: reachInto(['ui', 'flows', 'embed']),
        message: 'server depends on rules and the api contract only.',
      },
      {
        regex:
          '^(\\.\\./)+api/(?!contract$|staff-contract$|staff-responses$|clinical-summary$|theme$)',
        message:
          'server may import only the contracts (requests and responses), the clinical summary and the theme from src/api.',
      },
    ],
    ['react', 'react-dom', 'xstate', '@xstate/react'],
  ),
  boundary(
    'src/embed/**',
    [
      {
        regex: reachInto(['ui', 'flows', 'rules', 'api', 'server']),
        message: 'the loader is standalone plain TypeScript.',
      },
      { regex: '^(?!\\./)', message: 'the loader is standalone plain TypeScript: no packages.' },
    ],
    frameworks,
  ),
];
