/**
 * Node has no DOMParser; the GEXF and GraphML readers (graphology's /browser entries) need one
 * when their module loads. Import this file FIRST in a test that reaches them.
 */
import { installNodeDom } from '../../../src/io/node-dom';

installNodeDom();
