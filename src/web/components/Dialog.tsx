/**
 * Every dialog of PRIMA (Mantine's Modal and Drawer) comes from here, so that each gives focus back
 * to the element that opened it when it closes: by Escape, its close button, Cancel or a submit.
 * Mantine returns focus only when a dialog was on the page, closed, before it opened; ours are
 * often rendered open by the click and removed on close, and focus then fell to <body>, sending
 * keyboard and screen-reader users back to the top of the page.
 */
import {
  type DrawerProps,
  Drawer as MantineDrawer,
  Modal as MantineModal,
  type ModalProps,
} from "@mantine/core";
import { useLayoutEffect } from "react";

const HEADING = "h1, h2, h3, h4, h5, h6";

/**
 * Where focus goes when the opener has gone: the heading of the nearest part of the page that held
 * it and is still there (the section it sat in), else the page's main heading, so that the user
 * carries on from where they were.
 */
function fallbackTarget(ancestors: readonly Element[]): HTMLElement | null {
  for (const ancestor of ancestors) {
    if (!ancestor.isConnected || !ancestor.matches('section, [role="region"]')) continue;
    const heading = ancestor.querySelector<HTMLElement>(HEADING);
    if (heading) return heading;
  }
  return document.querySelector<HTMLElement>("main h1") ?? document.querySelector<HTMLElement>("main");
}

function ancestorsOf(element: Element | null): Element[] {
  const chain: Element[] = [];
  for (let at = element?.parentElement; at && at !== document.body; at = at.parentElement) chain.push(at);
  return chain;
}

function focusFallback(ancestors: readonly Element[]) {
  const target = fallbackTarget(ancestors);
  if (!target) return;
  if (!target.hasAttribute("tabindex")) target.tabIndex = -1;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: "center" });
}

const isNowhere = () => document.activeElement === null || document.activeElement === document.body;

/** How long after a dialog closes the page may still remove its opener (refetching what changed). */
const SETTLE_MS = 10_000;

/**
 * The opener got focus back, but the page may still remove it when it refetches what the dialog
 * changed (a request sent leaves no "Request" button): focus would fall to <body> again.
 */
function followOpener(opener: HTMLElement, ancestors: readonly Element[]) {
  const observer = new MutationObserver(() => {
    if (opener.isConnected) return;
    stop();
    if (isNowhere()) focusFallback(ancestors);
  });
  const onFocus = (event: FocusEvent) => {
    if (event.target !== opener) stop();
  };
  const timer = window.setTimeout(() => stop(), SETTLE_MS);
  function stop() {
    observer.disconnect();
    window.clearTimeout(timer);
    document.removeEventListener("focusin", onFocus);
  }
  observer.observe(document.body, { childList: true, subtree: true });
  document.addEventListener("focusin", onFocus);
}

function giveFocusBack(opener: Element | null, ancestors: readonly Element[]) {
  // After the dialog's own handlers and React's update, which may already have removed the opener
  // (a step done leaves no button to take it again).
  window.setTimeout(() => {
    const active = document.activeElement;
    const stillInDialog = active instanceof Element && active.closest('[role="dialog"]') !== null;
    // Focus the page (or the user) put somewhere else on purpose stays there.
    if (!isNowhere() && !stillInDialog) return;
    if (opener instanceof HTMLElement && opener.isConnected) {
      opener.focus({ preventScroll: true });
      followOpener(opener, ancestors);
    } else {
      focusFallback(ancestors);
    }
  }, 0);
}

/**
 * Remembers what had focus when `opened` turned on (before the dialog takes focus: layout effects
 * run before the dialog's portal mounts its content), and gives focus back to it when `opened`
 * turns off or the dialog leaves the page open.
 */
export function useFocusReturnToOpener(opened: boolean) {
  useLayoutEffect(() => {
    if (!opened) return;
    const opener = document.activeElement === document.body ? null : document.activeElement;
    const ancestors = ancestorsOf(opener);
    return () => giveFocusBack(opener, ancestors);
  }, [opened]);
}

/** Mantine's Modal, giving focus back to its opener when it closes. */
export function Modal({ opened, ...props }: ModalProps) {
  useFocusReturnToOpener(opened);
  return <MantineModal opened={opened} {...props} returnFocus={false} />;
}

/** Mantine's Drawer, giving focus back to its opener when it closes. */
export function Drawer({ opened, ...props }: DrawerProps) {
  useFocusReturnToOpener(opened);
  return <MantineDrawer opened={opened} {...props} returnFocus={false} />;
}
