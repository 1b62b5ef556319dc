import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const UI_AND_STORAGE = ['react', 'react-dom', 'react-dom/*', 'react-hook-form', '@hookform/*', 'idb-keyval'];

/** Layers: core ← import/export ← storage ← app. Lower layers never import upper ones. */
const restrict = (extraPatterns) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: UI_AND_STORAGE.filter((p) => !p.includes('*')).map((name) => ({
        name,
        message: 'The core, importer, exporters and CLI stay free of React and storage.',
      })),
      patterns: [
        { group: ['react-dom/*', '@hookform/*'], message: 'No UI code below the app layer.' },
        { group: ['**/app/**', '**/storage/**'], message: 'Lower layers never import the app or storage.' },
        ...extraPatterns,
      ],
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-single/**',
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
    files: ['src/report/**/*.ts'],
    rules: restrict([
      {
        group: ['**/import/**', '**/export/**', '**/cli/**'],
        message: 'The core depends on nothing above it.',
      },
    ]),
  },
  {
    files: ['src/import/**/*.ts', 'src/export/**/*.ts', 'src/cli/**/*.ts', 'src/batch/**/*.ts'],
    rules: restrict([]),
  },
  {
    files: ['src/storage/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/app/**'], message: 'Storage never imports the app.' }] },
      ],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
