import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import react from 'eslint-plugin-react';

const noClassicZod = {
  name: 'zod',
  message: "Use 'zod/mini' (about 5 KB gzip; classic zod adds about 90 KB to start-up).",
};

const noHtml = {
  selector: "MemberExpression[property.name='innerHTML']",
  message: 'Never render user text as HTML.',
};

/*
 * Ids are any string the schema allows, "constructor" and "toString" included: a plain object
 * keyed by them finds Object.prototype's members (a dataset renamed iran → constructor took the
 * app down). App code uses Maps, or emptyRecord() from src/model/records.ts.
 */
const idSafeMaps = [
  {
    selector: "BinaryExpression[operator='in'][left.type!='Literal']",
    message:
      '`key in object` also finds inherited members (constructor, toString…): use a Map or Set, or Object.hasOwn.',
  },
  {
    selector:
      "VariableDeclarator[init.type='ObjectExpression'][init.properties.length=0][id.typeAnnotation.typeAnnotation.typeName.name='Record']",
    message:
      'An empty object used as a map breaks on keys such as "constructor" or "__proto__": use a Map, or emptyRecord() (src/model/records.ts) read with Object.hasOwn.',
  },
];

const noCytoscape = {
  group: ['cytoscape', 'cytoscape-*', 'react-cytoscapejs', '**/graph/*', '**/graph'],
  message: 'Only src/graph knows cytoscape; features talk to the store.',
};

const noApp = {
  group: ['**/app/*', '**/app'],
  message: 'src/app is the shell: it imports features, never the other way round.',
};
const noFeatures = {
  group: ['**/features/*', '**/features/**'],
  message: 'Shared code does not reach into a feature: move what is shared to src/ui.',
};
const noReact = {
  group: ['react', 'react-*', 'react/*'],
  message: 'src/io is pure: it runs in workers and Node, without React.',
};
const noState = {
  group: ['**/state/*', '**/state', 'zustand', 'zustand/*'],
  message: 'src/io is pure: formats in and out, no app state.',
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'bench-results', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, react },
    settings: { react: { version: '19' } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react/no-danger': 'error',
      'react/jsx-no-script-url': 'error',
      'react/jsx-no-target-blank': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [noClassicZod],
        },
      ],
      'no-restricted-syntax': ['error', noHtml],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', noHtml, ...idSafeMaps] },
  },
  {
    // The domain model is pure TypeScript: no React, no cytoscape, no DOM-framework code.
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noClassicZod],
          patterns: [
            { group: ['react', 'react-*', 'react/*'], message: 'src/model is pure: no React.' },
            { group: ['cytoscape', 'cytoscape-*'], message: 'src/model is pure: no cytoscape.' },
            {
              group: ['zustand', 'zustand/*', 'i18next'],
              message: 'src/model depends on nothing of the app.',
            },
            {
              group: ['**/state/*', '**/graph/*', '**/features/*', '**/i18n/*', '**/app/*'],
              message: 'src/model imports nothing of ours.',
            },
          ],
        },
      ],
    },
  },
  {
    // Features talk to the store; the shell (src/app) puts them together.
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noClassicZod], patterns: [noCytoscape, noApp] }],
    },
  },
  {
    // The store knows no UI: no features, no cytoscape, no shell.
    files: ['src/state/**/*.ts', 'src/i18n/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noClassicZod], patterns: [noCytoscape, noApp, noFeatures] },
      ],
    },
  },
  {
    // Pieces shared by several features: they know no feature, no shell, no cytoscape.
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noClassicZod], patterns: [noCytoscape, noApp, noFeatures] },
      ],
    },
  },
  {
    files: ['src/io/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          // Exact names: src/io has its own cytoscape.ts (the Cytoscape.js JSON format).
          paths: [
            noClassicZod,
            ...['cytoscape', 'cytoscape-fcose', 'react-cytoscapejs'].map((name) => ({
              name,
              message: 'src/io reads and writes formats; drawing is src/graph.',
            })),
          ],
          patterns: [
            noReact,
            noState,
            noApp,
            noFeatures,
            { group: ['**/graph/*', '**/graph'], message: 'src/io does not draw.' },
          ],
        },
      ],
    },
  },
);
