import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { KnowledgePage, KnowledgeQuery } from "../../domain/knowledge";
import { queryString, request } from "./client";

/** A page of the knowledge base; the previous page stays on screen while the next one loads. */
export function useKnowledge(query: Partial<KnowledgeQuery>) {
  return useQuery({
    queryKey: ["knowledge", query],
    queryFn: () => request<KnowledgePage>("GET", `/api/knowledge${queryString(query)}`),
    placeholderData: keepPreviousData,
  });
}
