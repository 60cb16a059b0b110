/**
 * Identity screens. `signInRoute` is mounted at /aanmelden; `identityRoutes` are children of
 * /app: wachtwoord (any signed-in user), gebruikers, gebruikers/nieuw and gebruikers/:id
 * (administrators).
 */
import type { RouteObject } from "react-router";
import { RequireRole } from "../../app/guards";
import { ChangePasswordPage } from "./ChangePasswordPage";
import { SignInPage } from "./SignInPage";
import { UserCreatePage } from "./UserCreatePage";
import { UserPage } from "./UserPage";
import { UsersPage } from "./UsersPage";

export const signInRoute: RouteObject = { index: true, element: <SignInPage /> };

export const identityRoutes: RouteObject[] = [
  { path: "wachtwoord", element: <ChangePasswordPage /> },
  {
    path: "gebruikers",
    element: <RequireRole roles={["administrator"]} />,
    children: [
      { index: true, element: <UsersPage /> },
      { path: "nieuw", element: <UserCreatePage /> },
      { path: ":id", element: <UserPage /> },
    ],
  },
];
