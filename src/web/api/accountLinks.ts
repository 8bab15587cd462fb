/** Forgotten password and set-password links, before signing in. */
import { useMutation, useQuery } from "@tanstack/react-query";
import { answer, http } from "./client";

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (email: string) => answer(http.POST("/api/auth/password-reset", { body: { email } })),
  });
}

/** Whom a link is for; fails (400) once it has expired or been used. */
export function useAccountLink(token: string) {
  return useQuery({
    queryKey: ["accountLink", token],
    queryFn: () => answer(http.POST("/api/auth/link", { body: { token } })),
    enabled: token.length > 0,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useSetPasswordFromLink() {
  return useMutation({
    mutationFn: (body: { token: string; password: string }) =>
      answer(http.POST("/api/auth/set-password", { body })),
  });
}

/** How people sign in here (password, single sign-on or both): fixed while the server runs. */
export function useSignInOptions() {
  return useQuery({
    queryKey: ["signInOptions"],
    queryFn: () => answer(http.GET("/api/auth/options")),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
