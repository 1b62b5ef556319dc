import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import appFolders from './src/app/folders.json' with { type: 'json' };

/** Import patterns (gitignore syntax) for one folder of src/, as `../x` and `../x/file` alike. */
const folder = (name) => [`**/${name}`, `**/${name}/**`];

/** React, forms and IndexedDB: the app layer's business only. */
const UI_PACKAGES = [
  'react',
  'react/**',
  'react-dom',
  'react-dom/**',
  'react-hook-form',
  'react-hook-form/**',
  '@hookform/**',
  'idb-keyval',
  'idb-keyval/**',
];

/** Layers: core ← import/export ← storage ← app. Lower layers never import upper ones. */
const restrict = (extraPatterns) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: UI_PACKAGES,
          message: 'The core, importer, exporters and CLI stay free of React, forms and storage.',
        },
        {
          group: [...folder('app'), ...folder('storage')],
          message: 'Lower layers never import the app or storage.',
        },
        ...extraPatterns,
      ],
    },
  ],
});

/**
 * One restricted zone per folder of src/app: each may import only the folders that
 * src/app/folders.json lists for it (`App` is the shell, the files right in src/app). The list is
 * layered — scripts/app-folders.test.ts fails on a cycle in it or in the imports themselves.
 * Written per depth, so that `../../import/…` from src/app/x/y.ts (the importer) is not src/app/import.
 */
const appFolderZones = Object.entries(appFolders).flatMap(([folder, allowed]) => {
  const barred = Object.keys(appFolders).filter((other) => other !== folder && !allowed.includes(other));
  const names = barred.join('|');
  const message = `src/app/${folder} imports only ${allowed.join(', ') || 'no other folder'} of src/app (src/app/folders.json): the app's folders stand in layers, without cycles.`;
  // The app knows the server only by the API contract (src/api-contract), never by its code.
  const serverMessage = 'src/app reads the server only through src/api-contract, never src/server.';
  const zone = (files, up, toSrc) => ({
    files: [files],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...(barred.length > 0 ? [{ regex: `^${up}(?:${names})(?:/|$)`, message }] : []),
            { regex: `^${toSrc}server(?:/|$)`, message: serverMessage },
          ],
        },
      ],
    },
  });
  if (folder === 'App') return [zone('src/app/*.{ts,tsx}', '\\./', '\\.\\./')];
  return [1, 2, 3, 4].map((depth) =>
    zone(
      `src/app/${folder}/${'*/'.repeat(depth - 1)}*.{ts,tsx}`,
      '(?:\\.\\./){' + depth + '}',
      '(?:\\.\\./){' + (depth + 1) + '}',
    ),
  );
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-single/**',
      'dist-demo/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/report/**'],
    rules: restrict([
      {
        group: [...folder('import'), ...folder('export'), ...folder('cli')],
        message: 'The core depends on nothing above it.',
      },
    ]),
  },
  {
    files: ['src/import/**', 'src/export/**', 'src/cli/**', 'src/batch/**'],
    rules: restrict([]),
  },
  {
    // The server runs the core, importer, exporters and batch in Node — never the React app.
    files: ['src/server/**'],
    rules: restrict([]),
  },
  {
    // SQL only in stores: a query outside them fails the lint. Reports, units and regions are read
    // for a user only through the scoped stores (src/server/reports/scoped-store.ts; the desk's
    // src/server/desk/desk-store.ts, over a region only regionInScope makes).
    files: ['src/server/**/*.ts'],
    ignores: [
      'src/server/**/*-store.ts',
      'src/server/db/**',
      'src/server/accounts/accounts.ts',
      'src/server/accounts/current-user.ts',
      'src/server/audit/audit-log.ts',
      'src/server/auth/**',
      'src/server/test/**',
      'src/server/**/*.test.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='query'][callee.object.property.name!='req']",
          message: 'SQL only in stores (a *-store.ts file): reports, units and regions through scopedStore.',
        },
      ],
    },
  },
  {
    files: ['src/storage/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: folder('app'), message: 'Storage never imports the app.' }] },
      ],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...appFolderZones,
);
