import { Box, Progress } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/**
 * What a page shows while newer figures or results are on their way: the content stays as it
 * is, at full contrast, with a thin moving bar above it and `aria-busy` for assistive technology.
 * Fading the content instead (as the pages once did) puts grey text below the contrast that
 * people with low vision need, for as long as the answer takes.
 */
export function Refreshing({ busy, children }: { busy: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Box pos="relative" aria-busy={busy}>
      {busy && (
        <Progress.Root size={3} radius={0} pos="absolute" top={0} left={0} right={0} style={{ zIndex: 1 }}>
          <Progress.Section value={100} animated aria-label={t("common.updating")} />
        </Progress.Root>
      )}
      {children}
    </Box>
  );
}
