import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Me } from "../../domain/auth";
import type { ProjectDetail, ProjectInput, ProjectUpdateInput } from "../../domain/project";
import type { TwoFactorChallenge } from "../../domain/twoFactor";
import { api, isApiError, type ProjectListParams, setCsrfToken } from "./client";
import { ME_KEY } from "./queryClient";

/** The signed-in user, or null when there is no session. */
export function useMe() {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: async (): Promise<Me | null> => {
      try {
        const me = await api.me();
        setCsrfToken(me.csrfToken);
        return me;
      } catch (error) {
        if (isApiError(error, 401)) return null;
        throw error;
      }
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Keeps the session a sign-in opened; a two-factor challenge opens none yet. */
function useSignedIn() {
  const client = useQueryClient();
  return (answer: Me | TwoFactorChallenge) => {
    if ("twoFactor" in answer) return;
    setCsrfToken(answer.csrfToken);
    // Signing in over another session: nothing cached for the previous user may show.
    client.clear();
    client.setQueryData(ME_KEY, answer);
  };
}

export function useLogin() {
  const signedIn = useSignedIn();
  return useMutation({
    mutationFn: ({ email, password }: { email: string; password: string }) => api.login(email, password),
    onSuccess: signedIn,
  });
}

/** The second step of a sign-in with two-factor on: the app's code or a recovery code. */
export function useLoginSecondStep() {
  const signedIn = useSignedIn();
  return useMutation({
    mutationFn: (body: { pendingToken: string; code: string }) => api.loginSecondStep(body),
    onSuccess: signedIn,
  });
}

/**
 * Signs out. The session is over when the server ended it (204) or had already ended it (401);
 * any other answer leaves it open, so the user stays signed in and is told.
 */
export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await api.logout();
      } catch (error) {
        if (!isApiError(error, 401)) throw error;
      }
    },
    onSuccess: () => {
      setCsrfToken(null);
      // Nothing the previous user saw may remain in the cache for the next one.
      client.clear();
      client.setQueryData(ME_KEY, null);
    },
  });
}

export function useReference() {
  return useQuery({ queryKey: ["reference"], queryFn: api.reference, staleTime: 60 * 60_000 });
}

export function useManagers() {
  return useQuery({ queryKey: ["managers"], queryFn: api.managers, staleTime: 5 * 60_000 });
}

export function useProjects(params: ProjectListParams, enabled = true) {
  return useQuery({
    queryKey: ["projects", params],
    queryFn: () => api.projects(params),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useProject(id: string | undefined) {
  return useQuery({
    queryKey: ["project", id],
    queryFn: () => api.project(id ?? ""),
    enabled: Boolean(id),
  });
}

function useRememberProject() {
  const client = useQueryClient();
  return (project: ProjectDetail) => {
    client.setQueryData(["project", project.id], project);
    void client.invalidateQueries({ queryKey: ["projects"] });
  };
}

export function useCreateProject() {
  const remember = useRememberProject();
  return useMutation({ mutationFn: (input: ProjectInput) => api.createProject(input), onSuccess: remember });
}

export function useUpdateProject(id: string) {
  const remember = useRememberProject();
  return useMutation({
    mutationFn: (input: ProjectUpdateInput) => api.updateProject(id, input),
    onSuccess: remember,
  });
}
