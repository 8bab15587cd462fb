/** The administrators' people page: the list, adding, changing and signing out. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { InviteInput } from "../../domain/accountLinks";
import type { UserInput, UserListQuery } from "../../domain/user";
import { answer, http } from "./client";

export const USERS_KEY = ["users"] as const;

export type UserListParams = Partial<UserListQuery>;

export function useUsers(params: UserListParams) {
  return useQuery({
    queryKey: [...USERS_KEY, params],
    queryFn: () => answer(http.GET("/api/users", { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}

function useUsersMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => client.invalidateQueries({ queryKey: USERS_KEY }),
  });
}

export function useAddUser() {
  return useUsersMutation((input: UserInput) => answer(http.POST("/api/users", { body: input })));
}

export function useInviteUser() {
  return useUsersMutation((input: InviteInput) => answer(http.POST("/api/users/invite", { body: input })));
}

export interface UserChangeInput {
  id: string;
  version: number;
  name: string;
  role: UserInput["role"];
  region: string | null;
  active: boolean;
}

export function useChangeUser() {
  return useUsersMutation(({ id, ...body }: UserChangeInput) =>
    answer(http.PATCH("/api/users/{id}", { params: { path: { id } }, body })),
  );
}

export function useEndUserSessions() {
  return useUsersMutation((id: string) =>
    answer(http.DELETE("/api/users/{id}/sessions", { params: { path: { id } } })),
  );
}
