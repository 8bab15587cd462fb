import { useDocumentTitle } from "@mantine/hooks";

/** Every page names itself in the tab and for assistive technology. */
export function useTitle(title: string | undefined): void {
  useDocumentTitle(title ? `${title} · PRIMA` : "PRIMA");
}
