import type { ReactNode } from "react";

/**
 * What stays on screen when the page is printed (global.css, "@media print"). On screen the wrapper
 * is invisible to layout (display: contents): its children sit in the page's stack as before.
 */
export function PrintSkip({ children }: { children: ReactNode }) {
  return (
    <div data-print="skip" style={{ display: "contents" }}>
      {children}
    </div>
  );
}
