import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import './i18n';
import './styles.css';
import { AuthProvider } from './auth';
import { Layout } from './components/Layout';
import { OverviewPage } from './pages/Overview';
import { RoadmapPage } from './pages/Roadmap';
import { TaskPage } from './pages/Task';
import { AgenciesPage } from './pages/Agencies';
import { LoginPage } from './pages/Login';
import { UsersPage } from './pages/Users';
import { AccessLogPage } from './pages/AccessLog';
import { RegistryPage } from './pages/Registry';
import { SystemFormPage } from './pages/SystemForm';
import { SystemPage } from './pages/System';
import { RequestsPage } from './pages/Requests';
import { CompliancePage } from './pages/Compliance';
import { AgencyPage } from './pages/Agency';
import { ImportPage } from './pages/Import';
import { NotFoundPage } from './pages/NotFound';
import { DictionaryPage } from './pages/dictionary/DictionaryPage';
import { DictionaryElementPage } from './pages/dictionary/DictionaryElementPage';
import { DictionaryElementFormPage } from './pages/dictionary/DictionaryElementForm';
import { DictionaryEntityPage } from './pages/dictionary/DictionaryEntityPage';
import { DictionaryEntityFormPage } from './pages/dictionary/DictionaryEntityForm';
import { DictionaryCodeListFormPage } from './pages/dictionary/DictionaryCodeListForm';
import { DictionaryCodeListPage } from './pages/dictionary/DictionaryCodeListPage';
import { DictionaryValidatePage } from './pages/dictionary/DictionaryValidatePage';
import { DictionaryRunPage } from './pages/dictionary/DictionaryRunPage';

const root = document.getElementById('root');
if (!root) throw new Error('no #root element');

createRoot(root).render(
  <StrictMode>
    <BrowserRouter>
      <AuthProvider>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<OverviewPage />} />
            <Route path="roadmap" element={<RoadmapPage />} />
            <Route path="roadmap/:code" element={<TaskPage />} />
            <Route path="agencies" element={<AgenciesPage />} />
            <Route path="agencies/:id" element={<AgencyPage />} />
            <Route path="registry" element={<RegistryPage />} />
            <Route path="registry/new" element={<SystemFormPage mode="new" />} />
            <Route path="registry/import" element={<ImportPage />} />
            <Route path="registry/requests" element={<RequestsPage />} />
            <Route path="registry/:code" element={<SystemPage />} />
            <Route path="registry/:code/edit" element={<SystemFormPage mode="edit" />} />
            <Route path="compliance" element={<CompliancePage />} />
            <Route path="dictionary" element={<DictionaryPage />} />
            <Route path="dictionary/elements/new" element={<DictionaryElementFormPage key="new" mode="new" />} />
            <Route path="dictionary/elements/:code" element={<DictionaryElementPage />} />
            <Route path="dictionary/elements/:code/edit" element={<DictionaryElementFormPage key="edit" mode="edit" />} />
            <Route path="dictionary/entities/new" element={<DictionaryEntityFormPage key="new" mode="new" />} />
            <Route path="dictionary/entities/:code" element={<DictionaryEntityPage />} />
            <Route path="dictionary/entities/:code/edit" element={<DictionaryEntityFormPage key="edit" mode="edit" />} />
            <Route path="dictionary/code-lists/new" element={<DictionaryCodeListFormPage key="new" mode="new" />} />
            <Route path="dictionary/code-lists/:code" element={<DictionaryCodeListPage />} />
            <Route path="dictionary/code-lists/:code/edit" element={<DictionaryCodeListFormPage key="edit" mode="edit" />} />
            <Route path="dictionary/validate" element={<DictionaryValidatePage />} />
            <Route path="dictionary/validation-runs/:id" element={<DictionaryRunPage />} />
            <Route path="login" element={<LoginPage />} />
            <Route path="users" element={<UsersPage />} />
            <Route path="access-log" element={<AccessLogPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </AuthProvider>
    </BrowserRouter>
  </StrictMode>,
);
