/** Keyboard moves over the picture (src/graph/keyboard.ts), on a headless cytoscape. */
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { graphKey, neighbourToward, startEntity } from '../../../src/graph/keyboard';

/** A hub with neighbours east, north-east (steep), south and far west; one unlinked node east. */
function star() {
  const at = (id: string, x: number, y: number) => ({
    group: 'nodes' as const,
    data: { id },
    position: { x, y },
  });
  const line = (source: string, target: string) => ({
    group: 'edges' as const,
    data: { id: `${source}-${target}`, source, target },
  });
  return cytoscape({
    headless: true,
    styleEnabled: true,
    // cytoscape's default layout ("null") would put every node at 0,0.
    layout: { name: 'preset' },
    elements: [
      at('hub', 0, 0),
      at('east', 100, 10),
      at('steep', 30, -100),
      at('south', 0, 80),
      at('west', -300, 0),
      at('near-west', -50, 40),
      at('alone', 50, 0),
      line('hub', 'east'),
      line('hub', 'steep'),
      line('south', 'hub'),
      line('hub', 'west'),
      line('hub', 'near-west'),
    ],
  });
}

describe('moving along lines with the arrow keys', () => {
  const cy = star();

  it('goes to the linked entity most nearly that way on screen (y grows downwards)', () => {
    expect(neighbourToward(cy, 'hub', 'right')).toBe('east');
    expect(neighbourToward(cy, 'hub', 'up')).toBe('steep');
    expect(neighbourToward(cy, 'hub', 'down')).toBe('south');
    // West is straight left; near-west is closer but 39° off: the straighter one wins.
    expect(neighbourToward(cy, 'hub', 'left')).toBe('west');
  });

  it('follows lines only, and finds nothing beyond 60° of the way asked', () => {
    expect(neighbourToward(cy, 'east', 'right')).toBeNull();
    expect(neighbourToward(cy, 'east', 'left')).toBe('hub');
    expect(neighbourToward(cy, 'south', 'down')).toBeNull();
    expect(neighbourToward(cy, 'nobody', 'up')).toBeNull();
  });

  it('starts on the selection when drawn, else on the best-connected entity', () => {
    expect(startEntity(cy, 'south')).toBe('south');
    expect(startEntity(cy, null)).toBe('hub');
    cy.getElementById('south').style('display', 'none');
    expect(startEntity(cy, 'south')).toBe('hub');
    // A hidden entity (filtered out) is skipped: down now goes 51° off, to near-west.
    expect(neighbourToward(cy, 'hub', 'down')).toBe('near-west');
  });

  it('knows its keys', () => {
    expect(graphKey('ArrowLeft')).toEqual({ move: 'left' });
    expect(graphKey('Home')).toEqual({ home: true });
    expect(graphKey('Enter')).toEqual({ open: true });
    expect(graphKey(' ')).toEqual({ open: true });
    expect(graphKey('constructor')).toBeNull();
    expect(graphKey('a')).toBeNull();
  });
});
