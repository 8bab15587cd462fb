/** Writing IATI elements by hand, for the builders that live beside iati.ts. */
import { escapeXml } from "./xml";

export type Attributes = Record<string, string | number | boolean | null | undefined>;

/** An element with its attributes (null and undefined ones left out) and its children's XML. */
export function el(name: string, attributes: Attributes, ...children: string[]): string {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join("");
  return children.length === 0 ? `<${name}${attrs}/>` : `<${name}${attrs}>${children.join("")}</${name}>`;
}

/** A text in a `narrative` element. */
export const narrative = (text: string, lang?: string) =>
  el("narrative", { "xml:lang": lang }, escapeXml(text));
