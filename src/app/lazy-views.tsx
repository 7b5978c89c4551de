import { lazy } from 'react';

/**
 * Views only some visits need, loaded on demand so they stay out of the start-up bundle
 * (issue: initial JS budget). Render them inside <Suspense>.
 */
export const TableView = lazy(() =>
  import('../features/table/TableView').then((m) => ({ default: m.TableView })),
);

export const StoryPlayer = lazy(() =>
  import('../features/story/StoryPlayer').then((m) => ({ default: m.StoryPlayer })),
);

export const PresenterConsole = lazy(() =>
  import('../features/story/PresenterConsole').then((m) => ({ default: m.PresenterConsole })),
);

export const EditorPanel = lazy(() =>
  import('../features/editor/EditorPanel').then((m) => ({ default: m.EditorPanel })),
);
