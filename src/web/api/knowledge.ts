import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { KnowledgeQuery } from "../../domain/knowledge";
import { answer, http } from "./client";

/** A page of the knowledge base; the previous page stays on screen while the next one loads. */
export function useKnowledge(query: Partial<KnowledgeQuery>) {
  return useQuery({
    queryKey: ["knowledge", query],
    queryFn: () => answer(http.GET("/api/knowledge", { params: { query } })),
    placeholderData: keepPreviousData,
  });
}
