/** Queries and mutations of the identity screens (administrator endpoints under /api/admin). */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ChangePasswordInput, CreateUserInput, UpdateUserInput, UserListQuery, UserPage, UserView } from "../../../contracts/identity";
import { api, qs } from "../../app/api";

export type UserListParams = Partial<Pick<UserListQuery, "q" | "role" | "active" | "sort" | "limit" | "offset">>;

export const usersUrl = (params: UserListParams) => `/api/admin/users${qs(params)}`;

export function useUsers(params: UserListParams) {
  return useQuery({
    queryKey: ["admin", "users", "list", params],
    queryFn: () => api.get<UserPage>(usersUrl(params)),
    placeholderData: keepPreviousData,
  });
}

/** Every user matching the filters (paged through 200 at a time), for the CSV export. */
export async function fetchAllUsers(params: UserListParams): Promise<UserView[]> {
  const out: UserView[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = await api.get<UserPage>(usersUrl({ ...params, limit: 200, offset }));
    out.push(...page.items);
    if (!page.items.length || out.length >= page.total) return out;
  }
}

export function useUser(id: string) {
  return useQuery({ queryKey: ["admin", "users", "one", id], queryFn: () => api.get<UserView>(`/api/admin/users/${encodeURIComponent(id)}`) });
}

function useInvalidateUsers() {
  const client = useQueryClient();
  return (user?: UserView) => {
    if (user) client.setQueryData(["admin", "users", "one", user.id], user);
    void client.invalidateQueries({ queryKey: ["admin", "users", "list"] });
    void client.invalidateQueries({ queryKey: ["audit"] });
  };
}

export function useCreateUser() {
  const done = useInvalidateUsers();
  return useMutation({
    mutationFn: (input: CreateUserInput) => api.post<UserView>("/api/admin/users", input),
    onSuccess: (user) => done(user),
  });
}

export function useUpdateUser(id: string) {
  const done = useInvalidateUsers();
  return useMutation({
    mutationFn: (input: UpdateUserInput) => api.patch<UserView>(`/api/admin/users/${encodeURIComponent(id)}`, input),
    onSuccess: (user) => done(user),
  });
}

export function useResetPassword(id: string) {
  const done = useInvalidateUsers();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => api.post<void>(`/api/admin/users/${encodeURIComponent(id)}/reset-password`, { password }),
    onSuccess: () => {
      done();
      void client.invalidateQueries({ queryKey: ["admin", "users", "one", id] });
    },
  });
}

export function useChangePassword() {
  return useMutation({ mutationFn: (input: ChangePasswordInput) => api.post<void>("/api/auth/password", input) });
}

/** A random one-time password of 16 characters without look-alike characters. */
export function generatePassword(length = 16): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-!";
  const bytes = crypto.getRandomValues(new Uint32Array(length));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
}
