/**
 * GEXF (Gephi) through graphology-gexf's browser entry. Reading needs a DOMParser: the
 * browser's, or in Node the one installNodeDom() provides. Writing is plain text.
 *
 * Our GEXF: nodes carry label (English), label_en, label_ar, kind, subkind, description_*,
 * aliases_* ("|"-separated), evidence (JSON) and their attributes as typed columns; viz
 * position (y up, as Gephi draws it), colour and size per kind; edges carry the relation
 * type (id in `type`, English label in `label`), direction, time, evidence (JSON) and a colour
 * per family; <meta><relgraph> holds sources, relation types, claims and stories as JSON.
 */
import Graph from 'graphology';
import { parse, write } from 'graphology-gexf/browser';
import { MAX_DATASET_BYTES } from '../model/parse-json';
import type { Dataset } from '../model/schema';
import { FAMILY_LOOK, KIND_LOOK } from '../theme/palette';
import {
  EMBED_KEY,
  embeddedData,
  entityFields,
  flipY,
  planColumns,
  relationFields,
  xmlSafe,
  xmlSafeJson,
} from './fields';
import { failed, importProblem } from './finish';
import { buildFromGraph } from './graph-import';
import { fromGraphology, scanGraph } from './graphology-adapter';
import { utf8Length } from './text';
import type { ExportFile, ImportResult } from './types';
import { parseXml, rootName } from './xml';

export const GEXF_MIME = 'application/gexf+xml';

type Attrs = Record<string, unknown>;

export function importGexf(text: string, file: string): ImportResult {
  const size = utf8Length(text);
  if (size > MAX_DATASET_BYTES) {
    return failed('gexf', [importProblem('tooLarge', { file }, megabytes(size))]);
  }
  const xml = parseXml(text, file);
  if (!xml.ok) return failed('gexf', xml.problems);
  if (rootName(xml.doc) !== 'gexf') {
    return failed('gexf', [importProblem('unknownFormat', { file }, { file })]);
  }
  const scan = scanGraph(xml.doc, file);
  if (scan.problems.length > 0) return failed('gexf', scan.problems);
  let graph: Graph;
  try {
    graph = parse(Graph, xml.doc, { allowUndeclaredAttributes: true, addMissingNodes: true });
  } catch (error) {
    return failed('gexf', [
      importProblem(
        'graphInvalid',
        { file },
        { detail: error instanceof Error ? error.message : String(error) },
      ),
    ]);
  }
  return buildFromGraph(fromGraphology(graph, 'gexf', file, scan));
}

function megabytes(size: number) {
  return {
    size: (size / 1024 / 1024).toFixed(1),
    max: (MAX_DATASET_BYTES / 1024 / 1024).toFixed(1),
  };
}

export function exportGexf(data: Dataset): ExportFile {
  const graph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
  const meta: Attrs = { creator: 'relgraph', title: xmlSafe(data.title.en) };
  if (data.description?.en) meta.description = xmlSafe(data.description.en);
  meta[EMBED_KEY] = xmlSafeJson(embeddedData(data));
  graph.replaceAttributes(meta);
  const nodePlan = planColumns(data.entities.map((e) => e.attributes));
  for (const entity of data.entities) {
    const look = KIND_LOOK[entity.kind];
    graph.addNode(entity.id, {
      fields: entityFields(entity, 'xml', nodePlan),
      viz: {
        color: look.color,
        size: look.size,
        ...(entity.position ? { x: entity.position.x, y: flipY(entity.position.y) } : {}),
      },
    });
  }
  const types = new Map(data.relationTypes.map((t) => [t.id, t]));
  const edgePlan = planColumns(data.relations.map((r) => r.attributes));
  for (const relation of data.relations) {
    const type = types.get(relation.type);
    const attributes = {
      fields: relationFields(relation, type, 'xml', edgePlan),
      viz: { color: FAMILY_LOOK[type?.family ?? 'other'].color },
    };
    if (type?.directed === false) {
      graph.addUndirectedEdgeWithKey(relation.id, relation.source, relation.target, attributes);
    } else graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, attributes);
  }
  const content = write(graph, {
    // 1.2draft: what every reader reads by default (Debian's networkx 2.8 reads 1.1 and 1.2,
    // not 1.3; Gephi reads all), and its colours are r/g/b attributes, not 1.3's hex.
    version: '1.2',
    formatNode: (_key, attributes) => {
      const { label, ...fields } = attributes.fields as Attrs;
      return { label: label as string, attributes: fields, viz: attributes.viz as Attrs };
    },
    formatEdge: (_key, attributes) => {
      const { label, ...fields } = attributes.fields as Attrs;
      const viz = attributes.viz as Attrs;
      // A numeric weight goes where Gephi looks for it; reading gives it back the same way.
      const { weight } = fields;
      if (typeof weight !== 'number') return { label: label as string, attributes: fields, viz };
      delete fields.weight;
      return { label: label as string, attributes: fields, viz, weight };
    },
  });
  return { filename: `${data.id}.gexf`, mime: GEXF_MIME, content: fixVizNamespace(content) };
}

/**
 * graphology-gexf 0.13 writes 1.2draft files with the viz namespace "http:///www.gexf.net/
 * 1.1draft/viz" (three slashes, and the older draft), so readers that match namespaces, such as
 * networkx, find no colour, size or position. The namespace of the version written replaces it.
 */
function fixVizNamespace(content: string): string {
  return content.replace(
    'xmlns:viz="http:///www.gexf.net/1.1draft/viz"',
    'xmlns:viz="http://www.gexf.net/1.2draft/viz"',
  );
}
