import { Box, type BoxProps } from "@mantine/core";
import type { ReactNode } from "react";
import classes from "./ScrollRegion.module.css";

/**
 * The frame of every table or drawing that may be wider than the screen: it scrolls sideways
 * instead of squeezing its content. A frame that scrolls must be reachable by keyboard (WCAG
 * 2.1.1; axe's scrollable-region-focusable), so it takes focus with Tab and scrolls with the arrow
 * keys, and it is a region named by `label` so that a screen reader says where focus landed.
 */
export function ScrollRegion({
  label,
  minWidth,
  maxHeight,
  children,
  ...others
}: Omit<BoxProps, "className" | "style"> & {
  /** What the frame holds, translated: "Reports of this project", "Timeline". */
  label: string;
  /** Below this width the content scrolls rather than shrinks. */
  minWidth?: number;
  /** Above this height the content scrolls up and down too. */
  maxHeight?: number;
  children: ReactNode;
}) {
  return (
    <Box
      role="region"
      aria-label={label}
      tabIndex={0}
      className={classes.region}
      mah={maxHeight}
      data-scroll-y={maxHeight === undefined ? undefined : true}
      {...others}
    >
      {minWidth === undefined ? children : <div style={{ minWidth }}>{children}</div>}
    </Box>
  );
}
