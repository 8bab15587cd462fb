import { useEffect, useRef } from "react";
import { Outlet, useLocation } from "react-router";

/** How long a new page may take to show its heading (code to load, data to fetch). */
const HEADING_WAIT_MS = 10_000;

/**
 * On every change of page, focus moves to the new page's main heading, or to its main region until
 * the heading shows, so that screen-reader users hear where they arrived and keyboard users carry on
 * from the top of the new page instead of from a link that no longer exists.
 */
export function FocusOnNavigation() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);

  useEffect(() => {
    // The first page of a visit is announced by the browser itself; filters and sorting change only
    // the query string and keep the user where they are.
    if (previous.current === pathname) return;
    previous.current = pathname;
    const origin = document.activeElement;
    const main = () => document.querySelector<HTMLElement>("main");
    // Someone who clicked into a field while the page was loading keeps their place.
    const userMovedOn = () => {
      const active = document.activeElement;
      return active !== null && active !== document.body && active !== origin && active !== main();
    };
    const focusHeading = (): boolean => {
      const heading = main()?.querySelector<HTMLElement>("h1");
      if (!heading) return false;
      if (!userMovedOn()) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
        window.scrollTo({ top: 0 });
      }
      return true;
    };
    if (focusHeading()) return;
    const region = main();
    if (region && !userMovedOn()) {
      if (!region.hasAttribute("tabindex")) region.tabIndex = -1;
      region.focus({ preventScroll: true });
    }
    const observer = new MutationObserver(() => {
      if (focusHeading()) stop();
    });
    const timer = window.setTimeout(() => stop(), HEADING_WAIT_MS);
    function stop() {
      observer.disconnect();
      window.clearTimeout(timer);
    }
    observer.observe(document.body, { childList: true, subtree: true });
    return stop;
  }, [pathname]);

  return <Outlet />;
}
