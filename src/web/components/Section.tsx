import { Paper, Title } from "@mantine/core";
import { useId } from "@mantine/hooks";
import type { ReactNode } from "react";

/** A titled block of a page; the heading names the region for screen-reader navigation. */
export function Section({
  title,
  children,
  actions,
}: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  const id = useId();
  return (
    <Paper component="section" aria-labelledby={id} p={{ base: "md", sm: "lg" }}>
      <div
        style={{
          display: "flex",
          justifyContent: "space-between",
          alignItems: "center",
          gap: 8,
          marginBottom: 12,
        }}
      >
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {actions}
      </div>
      {children}
    </Paper>
  );
}
