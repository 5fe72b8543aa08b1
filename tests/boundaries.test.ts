import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { importBoundaries } from '../eslint.boundaries.js';

// The import boundaries of DESIGN.md are a lint rule (eslint.boundaries.js, part of
// eslint.config.js); this proves the rule bites. Each case lints a one-line file at a path of the
// layer and expects the boundary rule to refuse it (or not).

const eslint = new ESLint({
  cwd: new URL('..', import.meta.url).pathname,
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser } },
    ...importBoundaries,
  ],
});

async function boundaryErrors(filePath: string, source: string) {
  const [result] = await eslint.lintText(`${source}\nexport {};\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports');
}

describe('import boundaries', () => {
  const refused: [string, string][] = [
    ['src/rules/index.ts', "import 'react';"],
    ['src/rules/index.ts', "import { createMachine } from 'xstate';"],
    ['src/rules/index.ts', "import Fastify from 'fastify';"],
    ['src/rules/index.ts', "import { readFileSync } from 'node:fs';"],
    ['src/rules/index.ts', "import fs from 'fs';"],
    ['src/rules/index.ts', "import http from 'node:http';"],
    ['src/rules/index.ts', "import { x } from '../flows/questionnaire';"],
    ['src/rules/index.ts', "import { x } from '../api/contract';"],
    ['src/flows/index.ts', "import { x } from '../ui/App';"],
    ['src/flows/index.ts', "import { useState } from 'react';"],
    ['src/api/index.ts', "import { x } from '../flows/questionnaire';"],
    ['src/ui/App.tsx', "import { buildApp } from '../server/app';"],
    ['src/ui/App.tsx', "import { readFileSync } from 'node:fs';"],
    ['src/server/app.ts', "import { App } from '../ui/App';"],
    ['src/server/app.ts', "import { useMutation } from '../api/mutations';"],
    ['src/embed/widget.ts', "import { assess } from '../rules';"],
    ['src/embed/widget.ts', "import React from 'react';"],
  ];

  it.each(refused)('%s may not %s', async (filePath, source) => {
    expect(await boundaryErrors(filePath, source)).not.toHaveLength(0);
  });

  const allowed: [string, string][] = [
    ['src/rules/index.ts', "import { z } from 'zod';"],
    ['src/rules/index.ts', "import { assess } from './assess';"],
    ['src/flows/index.ts', "import { assess } from '../rules';"],
    ['src/ui/App.tsx', "import { assess } from '../rules';"],
    ['src/server/app.ts', "import { assess } from '../rules';"],
    ['src/server/app.ts', "import { x } from '../api/contract';"],
  ];

  it.each(allowed)('%s may %s', async (filePath, source) => {
    expect(await boundaryErrors(filePath, source)).toHaveLength(0);
  });
});
