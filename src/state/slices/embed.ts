import type { StateCreator } from 'zustand';
import type { AppState } from '../store';
import { emptyRecord } from '../../model/records';

/**
 * How the app is framed, read once from the URL at start (`embed=1`, `legend=0`, `toolbar=0`,
 * `details=0`, `origins=…`) and never changed afterwards: a later hash change cannot widen the
 * postMessage allowlist.
 */
export interface EmbedState {
  /** `embed=1`: only the graph, a compact legend, details on demand and "Open full view". */
  enabled: boolean;
  /** `legend=0` hides the legend. */
  legend: boolean;
  /** `toolbar=0` hides the zoom/fit/layout toolbar. */
  toolbar: boolean;
  /** `details=0` never opens the details panel (selection still highlights). */
  details: boolean;
  /** `origins=https://a.example,https://b.example`: host pages allowed to use the postMessage API. */
  origins: readonly string[];
  /**
   * `autosize=1`: the page takes its own height (the graph at a height set by the frame's width)
   * and reports it to a host page using an iframe resizer (@open-iframe-resizer/core), which
   * sizes the iframe to it. Without it the graph fills whatever height the iframe has.
   */
  autosize: boolean;
}

export const NO_EMBED: EmbedState = {
  enabled: false,
  legend: true,
  toolbar: true,
  details: true,
  origins: [],
  autosize: false,
};

export interface EmbedSlice {
  embed: EmbedState;
}

export const createEmbedSlice: StateCreator<AppState, [], [], EmbedSlice> = () => ({
  embed: NO_EMBED,
});

/** A parameter that switches something off: `0`, `false`, `no`, `off`. */
function isOff(value: string | null): boolean {
  return value !== null && /^(0|false|no|off)$/i.test(value.trim());
}

/** A parameter that switches something on: `1`, `true`, `yes`, `on`, or present and empty. */
function isOn(value: string | null): boolean {
  return value !== null && /^(|1|true|yes|on)$/i.test(value.trim());
}

/** A plain DNS name, an IPv4 address or a bracketed IPv6 address: no `*`, `;` or `_`. */
const PLAIN_HOST = /^(?:[a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/;

/**
 * Exact origins from a comma-separated list. An entry is kept only if it is already the
 * serialised origin of an http(s) URL (`https://a.example`, `http://127.0.0.1:8080`): no path,
 * no trailing slash, no wildcard, no `null`, nothing that could mean more in a CSP source list.
 * Used for `origins=` and `VITE_GRAPH_ORIGINS`.
 */
export function parseOrigins(value: string | null | undefined): string[] {
  const out: string[] = [];
  for (const raw of (value ?? '').split(',')) {
    const entry = raw.trim();
    if (!entry) continue;
    let url: URL;
    try {
      url = new URL(entry);
    } catch {
      continue;
    }
    const web = url.protocol === 'https:' || url.protocol === 'http:';
    if (web && url.origin === entry && PLAIN_HOST.test(url.hostname)) {
      if (!out.includes(entry)) out.push(entry);
    }
  }
  return out;
}

export function embedFromParams(params: URLSearchParams): EmbedState {
  return {
    enabled: isOn(params.get('embed')),
    legend: !isOff(params.get('legend')),
    toolbar: !isOff(params.get('toolbar')),
    details: !isOff(params.get('details')),
    origins: parseOrigins(params.get('origins')),
    autosize: isOn(params.get('autosize')),
  };
}

/** The embed parameters for a hash, so a reload (or the back button) stays embedded. */
export function embedToParams(embed: EmbedState): Record<string, string> {
  if (!embed.enabled && embed.origins.length === 0) return {};
  const out = emptyRecord<string>();
  if (embed.enabled) out.embed = '1';
  if (!embed.legend) out.legend = '0';
  if (!embed.toolbar) out.toolbar = '0';
  if (!embed.details) out.details = '0';
  if (embed.origins.length > 0) out.origins = embed.origins.join(',');
  if (embed.autosize) out.autosize = '1';
  return out;
}

/** Every URL parameter that belongs to embedding (removed for "Open full view"). */
export const EMBED_PARAMS = [
  'embed',
  'legend',
  'toolbar',
  'details',
  'origins',
  'autosize',
] as const;

/** Small frames start with the legend folded so the graph keeps the room. */
export function embedStartState(
  embed: EmbedState,
  frame: { width: number; height: number },
): Partial<AppState> {
  if (!embed.enabled) return { embed };
  const small = frame.width < 640 || frame.height < 480;
  return { embed, ...(small ? { legendOpen: false } : {}) };
}
