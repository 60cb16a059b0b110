/** Mounts Koers: translations, query client, toasts, the signed-in user and the router. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "react-router/dom";
import { initI18n } from "../i18n";
import { toAppLocale } from "../i18n/format";
import { commonCatalogue } from "../i18n/common";
import { identityCatalogue } from "../features/identity/i18n";
import { auditCatalogue } from "../features/audit/i18n";
import { compassCatalogue } from "../features/compass/i18n";
import { organisationsCatalogue } from "../features/organisations/i18n";
import { supportCatalogue } from "../features/support/i18n";
import { grantsCatalogue } from "../features/grants/i18n";
import { grantsDecisionsCatalogue } from "../features/grants/decisions-i18n";
import { spaceDemandCatalogue } from "../features/space/demand/i18n";
import { spaceSupplyCatalogue } from "../features/space/supply/i18n";
import { ToastProvider } from "../components/Toast";
import { AuthProvider } from "./auth";
import { createQueryClient } from "./query";
import { createAppRouter } from "./router";
import "../styles/app.css";

const i18n = initI18n({ common: commonCatalogue, identity: identityCatalogue, audit: auditCatalogue, compass: compassCatalogue, organisations: organisationsCatalogue, support: supportCatalogue, grants: grantsCatalogue, grantsDecisions: grantsDecisionsCatalogue, spaceDemand: spaceDemandCatalogue, spaceSupply: spaceSupplyCatalogue });
const syncLang = (lng: string) => {
  document.documentElement.lang = toAppLocale(lng);
};
syncLang(i18n.language);
i18n.on("languageChanged", syncLang);

const queryClient = createQueryClient();
const router = createAppRouter();

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <AuthProvider>
          <RouterProvider router={router} />
        </AuthProvider>
      </ToastProvider>
    </QueryClientProvider>
  </StrictMode>,
);
