/** Two-factor sign-in: one's own (status, set up, recovery codes, turn off) and the administrator's rule and reset. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { answer, http } from "./client";
import { ME_KEY } from "./queryClient";

const STATUS_KEY = ["twoFactor"] as const;
const REQUIREMENT_KEY = ["twoFactorRequirement"] as const;

export function useTwoFactorStatus() {
  return useQuery({ queryKey: STATUS_KEY, queryFn: () => answer(http.GET("/api/me/two-factor")) });
}

export function useStartTwoFactorSetup() {
  return useMutation({ mutationFn: () => answer(http.POST("/api/me/two-factor/setup")) });
}

/** The status is refetched only once the recovery codes are kept: refetching sooner would hide them. */
export function useConfirmTwoFactor() {
  return useMutation({
    mutationFn: (code: string) => answer(http.POST("/api/me/two-factor/confirm", { body: { code } })),
  });
}

/** Refreshes who I am once the person has kept their recovery codes (the setup gate then opens). */
export function useRefreshMe() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ME_KEY });
}

export function useNewRecoveryCodes() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => answer(http.POST("/api/me/two-factor/recovery-codes", { body: { code } })),
    onSettled: () => client.invalidateQueries({ queryKey: STATUS_KEY }),
  });
}

export function useTurnOffTwoFactor() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { password: string; code: string }) =>
      answer(http.POST("/api/me/two-factor/disable", { body })),
    onSettled: () => client.invalidateQueries({ queryKey: STATUS_KEY }),
  });
}

export function useTwoFactorRequirement() {
  return useQuery({ queryKey: REQUIREMENT_KEY, queryFn: () => answer(http.GET("/api/admin/two-factor")) });
}

export function useSetTwoFactorRequirement() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (required: boolean) => answer(http.PUT("/api/admin/two-factor", { body: { required } })),
    onSuccess: (saved) => client.setQueryData(REQUIREMENT_KEY, saved),
  });
}

export function useResetTwoFactor() {
  return useMutation({
    mutationFn: (id: string) =>
      answer(http.DELETE("/api/users/{id}/two-factor", { params: { path: { id } } })),
  });
}
