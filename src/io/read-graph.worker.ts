/**
 * The import worker: the reader's files are parsed, mapped, validated and indexed here, so the
 * page keeps drawing (and the Cancel button keeps working) while a large file opens. Workers
 * have no DOMParser, so the XML readers get the same one Node uses (node-dom.ts).
 */
import { installNodeDom } from './node-dom';
import { readGraph } from './read-graph';
import type { ReadGraphRequest, ReadGraphMessage } from './read-graph-client';

installNodeDom();

const post = (message: ReadGraphMessage) => postMessage(message);

addEventListener('message', (event: MessageEvent<ReadGraphRequest>) => {
  readGraph(event.data.inputs, (stage) => post({ type: 'stage', stage })).then(
    (result) => post({ type: 'done', result }),
    (error: unknown) =>
      post({
        type: 'crash',
        detail: error instanceof Error ? error.message || error.name : String(error),
      }),
  );
});
