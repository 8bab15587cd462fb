import { lazy, Suspense } from "react";
import { createBrowserRouter } from "react-router";
import { PageLoader } from "./components/AppLayout";
import { FocusOnNavigation } from "./components/FocusOnNavigation";
import { RouteError } from "./components/RouteError";
import { SignedInLayout } from "./components/SignedIn";

// Each page is its own chunk: signing in does not download the project form.
const LoginPage = lazy(() => import("./pages/LoginPage"));
const ProjectListPage = lazy(() => import("./pages/list/ProjectListPage"));
const ProjectPage = lazy(() => import("./pages/project/ProjectPage"));
const ProjectFormPage = lazy(() => import("./pages/form/ProjectFormPage"));
const NotFoundPage = lazy(() => import("./pages/NotFoundPage"));
const InboxPage = lazy(() => import("./pages/inbox/InboxPage"));
const NotificationsPage = lazy(() => import("./pages/inbox/NotificationsPage"));
const ProcessMapPage = lazy(() => import("./pages/process/ProcessMapPage"));
const FundRulesPage = lazy(() => import("./pages/process/FundRulesPage"));
const ReportPage = lazy(() => import("./pages/reports/ReportPage"));
const OverdueReportsPage = lazy(() => import("./pages/reports/OverdueReportsPage"));
const KnowledgeBasePage = lazy(() => import("./pages/knowledge/KnowledgeBasePage"));
const OutboxPage = lazy(() => import("./pages/admin/OutboxPage"));
const HomePage = lazy(() => import("./pages/home/HomePage"));
const SearchPage = lazy(() => import("./pages/search/SearchPage"));
const DashboardPage = lazy(() => import("./pages/dashboard/DashboardPage"));
const AnalysisPage = lazy(() => import("./pages/dashboard/AnalysisPage"));
const FundingRequirementsPage = lazy(() => import("./pages/appeal/FundingRequirementsPage"));

export const router = createBrowserRouter([
  {
    element: <FocusOnNavigation />,
    errorElement: <RouteError />,
    children: [
      {
        path: "/login",
        element: (
          <Suspense fallback={<PageLoader />}>
            <LoginPage />
          </Suspense>
        ),
      },
      {
        path: "/",
        element: <SignedInLayout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: "search", element: <SearchPage /> },
          { path: "dashboard", element: <DashboardPage /> },
          { path: "dashboard/analysis", element: <AnalysisPage /> },
          { path: "dashboard/funding-requirements", element: <FundingRequirementsPage /> },
          { path: "projects", element: <ProjectListPage /> },
          { path: "projects/new", element: <ProjectFormPage /> },
          { path: "projects/:id", element: <ProjectPage /> },
          { path: "projects/:id/edit", element: <ProjectFormPage /> },
          { path: "inbox", element: <InboxPage /> },
          { path: "notifications", element: <NotificationsPage /> },
          { path: "process", element: <ProcessMapPage /> },
          { path: "fund-rules", element: <FundRulesPage /> },
          { path: "projects/:id/reports/:reportId", element: <ReportPage /> },
          { path: "reports", element: <OverdueReportsPage /> },
          { path: "knowledge", element: <KnowledgeBasePage /> },
          { path: "admin/outbox", element: <OutboxPage /> },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
