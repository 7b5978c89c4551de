/** "Download as": the dataset on screen in a format of src/io, saved as one file per table. */
import { exportDataset, type ExportFile, type ExportFormat } from '../../io';
import { WRITABLE } from '../../io/formats';
import type { Problem } from '../../model/problems';
import type { Dataset } from '../../model/schema';
import { saveBlob } from './save-blob';

/** In the menu's order (src/io/formats.ts). `csv` is the set: one download per table. */
export const DOWNLOAD_FORMATS: readonly ExportFormat[] = WRITABLE.map((spec) => spec.writes.id);

/** Browsers may drop downloads that start in the same instant; a short pause between them. */
const BETWEEN_FILES_MS = 250;

export function saveFile(file: ExportFile, doc: Document = document): void {
  saveBlob(new Blob([file.content], { type: file.mime }), file.filename, doc);
}

/** Exports and saves; resolves with the names of the files saved and what they could not carry. */
export async function downloadDataset(
  data: Dataset,
  format: ExportFormat,
  save: (file: ExportFile) => void = saveFile,
): Promise<{ files: string[]; warnings: Problem[] }> {
  const { files, warnings } = await exportDataset(data, format);
  for (const [i, file] of files.entries()) {
    if (i > 0) await new Promise((done) => setTimeout(done, BETWEEN_FILES_MS));
    save(file);
  }
  return { files: files.map((file) => file.filename), warnings };
}
