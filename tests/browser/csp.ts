import type { Page } from 'playwright-core';

declare global {
  interface Window {
    __csp?: string[];
  }
}

/**
 * Records Content-Security-Policy violations. Install with `context.addInitScript(recordViolations)`
 * so it runs in every document of the context, frames included, before any of its scripts.
 */
export function recordViolations(): void {
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__csp?.push(`${event.effectiveDirective} ${event.blockedURI} (${event.sourceFile})`);
  });
}

/** Every violation recorded in the page and its frames, each prefixed with the frame's URL. */
export async function violations(page: Page): Promise<string[]> {
  const all: string[] = [];
  for (const frame of page.frames()) {
    const found = await frame
      .evaluate(() => window.__csp ?? ['(recorder missing)'])
      .catch(() => [] as string[]);
    all.push(...found.map((v) => `${frame.url()}: ${v}`));
  }
  return all;
}
