/**
 * The editing work the store hands off until someone edits: creating a dataset, moving
 * entities, and the incremental problem check. It comes with the editor's code (the editor
 * provides it to the store when it loads), so readers never download it.
 */
import { createDataset, moveEntities } from '../model/edit';
import { nextProblems } from './edit-problems';

export const editEngine = { createDataset, moveEntities, nextProblems };
export type EditEngine = typeof editEngine;
