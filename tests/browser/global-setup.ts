import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the built app (dist/), ending in `/`. Read it with `inject('baseUrl')`. */
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dist = resolve(project.config.root, 'dist');
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error(
      `Browser tests need the built app, but ${dist}/index.html does not exist: run "npm run build" first.`,
    );
  }
  const server = await startStaticServer({ root: dist });
  project.provide('baseUrl', server.url);
  return async () => {
    await server.close();
  };
}
