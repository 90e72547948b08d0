import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { MODULES } from '../modules/catalog';
import { RequirePermission, RequireSignedIn } from './guards';
import { NotFound, PageSpinner } from './StatusPages';

const LoginPage = lazy(() => import('../modules/auth/LoginPage'));
const ChangePasswordPage = lazy(() => import('../modules/auth/ChangePasswordPage'));
const AppLayout = lazy(() => import('../layout/AppLayout'));
const HomePage = lazy(() => import('../modules/home/HomePage'));
const ModuleNotBuilt = lazy(() => import('../modules/placeholder/ModuleNotBuilt'));

export function AppRoutes() {
  return (
    <Suspense fallback={<PageSpinner />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route
          path="/change-password"
          element={
            <RequireSignedIn allowPasswordChange>
              <ChangePasswordPage />
            </RequireSignedIn>
          }
        />
        <Route
          element={
            <RequireSignedIn>
              <AppLayout />
            </RequireSignedIn>
          }
        >
          <Route index element={<HomePage />} />
          {MODULES.map(({ key, path, anyOf, nested, page: Page }) => (
            <Route
              key={key}
              path={nested ? `${path}/*` : path}
              element={<RequirePermission anyOf={anyOf}>{Page ? <Page /> : <ModuleNotBuilt module={key} />}</RequirePermission>}
            />
          ))}
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
