const FOCUSABLE =
  'input:not([type="hidden"]):not(:disabled), textarea:not(:disabled), select:not(:disabled), button:not(:disabled), [tabindex]:not([tabindex="-1"])';

function scrollBehavior(): ScrollBehavior {
  return window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth";
}

/**
 * Moves focus to an element and brings it into view. A group without a tabindex of its own (a radio
 * group, a list of rows) passes focus on to its checked or first input.
 */
export function moveFocusTo(
  element: Element | null | undefined,
  block: ScrollLogicalPosition = "center",
): boolean {
  if (!(element instanceof HTMLElement)) return false;
  const target =
    element.matches(FOCUSABLE) || element.hasAttribute("tabindex")
      ? element
      : (element.querySelector<HTMLElement>("input:checked:not(:disabled)") ??
        element.querySelector<HTMLElement>(FOCUSABLE));
  if (!target) return false;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ behavior: scrollBehavior(), block });
  return document.activeElement === target;
}

/** The element that comes first in the page, for "the first invalid field". */
export function firstInDocument(elements: readonly (Element | null)[]): Element | undefined {
  return elements
    .filter((element): element is Element => element !== null)
    .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))[0];
}
