import type { RouteObject } from 'react-router-dom';
import { DictionaryPage } from './pages/DictionaryPage';
import { DictionaryElementPage } from './pages/DictionaryElementPage';
import { DictionaryElementFormPage } from './pages/DictionaryElementForm';
import { DictionaryEntityPage } from './pages/DictionaryEntityPage';
import { DictionaryEntityFormPage } from './pages/DictionaryEntityForm';
import { DictionaryCodeListFormPage } from './pages/DictionaryCodeListForm';
import { DictionaryCodeListPage } from './pages/DictionaryCodeListPage';
import { DictionaryValidatePage } from './pages/DictionaryValidatePage';
import { DictionaryRunPage } from './pages/DictionaryRunPage';

/** The data dictionary (task IV.2). The forms are keyed so that going from "new" to "edit" starts afresh. */
export const dictionaryRoutes: RouteObject[] = [
  { path: 'dictionary', element: <DictionaryPage /> },
  { path: 'dictionary/elements/new', element: <DictionaryElementFormPage key="new" mode="new" /> },
  { path: 'dictionary/elements/:code', element: <DictionaryElementPage /> },
  { path: 'dictionary/elements/:code/edit', element: <DictionaryElementFormPage key="edit" mode="edit" /> },
  { path: 'dictionary/entities/new', element: <DictionaryEntityFormPage key="new" mode="new" /> },
  { path: 'dictionary/entities/:code', element: <DictionaryEntityPage /> },
  { path: 'dictionary/entities/:code/edit', element: <DictionaryEntityFormPage key="edit" mode="edit" /> },
  { path: 'dictionary/code-lists/new', element: <DictionaryCodeListFormPage key="new" mode="new" /> },
  { path: 'dictionary/code-lists/:code', element: <DictionaryCodeListPage /> },
  { path: 'dictionary/code-lists/:code/edit', element: <DictionaryCodeListFormPage key="edit" mode="edit" /> },
  { path: 'dictionary/validate', element: <DictionaryValidatePage /> },
  { path: 'dictionary/validation-runs/:id', element: <DictionaryRunPage /> },
];
