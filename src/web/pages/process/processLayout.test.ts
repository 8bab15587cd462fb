import { describe, expect, it } from "vitest";
import { PROJECT_STATUSES, TRANSITIONS } from "../../../domain/lifecycle";
import { BOX_H, BOX_W, layoutProcess, wrap } from "./processLayout";

const measure = (text: string) => text.length * 7;
const layout = layoutProcess((t) => t.name, measure);
const box = new Map(layout.states.map((s) => [s.status, s]));

/** The last point of an SVG path made of M/H/V/L commands: where the arrow's tip is. */
function tip(d: string): { x: number; y: number } {
  let x = 0;
  let y = 0;
  const tokens = d.split(/\s+/);
  for (let i = 0; i < tokens.length; i++) {
    const command = tokens[i];
    if (command === "M" || command === "L") {
      x = Number(tokens[++i]);
      y = Number(tokens[++i]);
    } else if (command === "H") x = Number(tokens[++i]);
    else if (command === "V") y = Number(tokens[++i]);
  }
  return { x, y };
}

describe("the process map", () => {
  it("draws every status once", () => {
    expect(layout.states.map((s) => s.status).sort()).toEqual([...PROJECT_STATUSES].sort());
  });

  it("draws one arrow per transition of the life cycle, labelled with its name", () => {
    expect(layout.connectors.map((c) => c.transition)).toEqual([...TRANSITIONS]);
    for (const connector of layout.connectors) {
      expect(connector.label.lines.join(" ")).toBe(connector.transition.name);
    }
  });

  it("ends every arrow on the edge of its target status", () => {
    for (const connector of layout.connectors) {
      const target = box.get(connector.transition.to);
      if (!target) throw new Error(`no box for ${connector.transition.to}`);
      const { x, y } = tip(connector.d);
      const onLeftEdge = x === target.x - BOX_W / 2 && y === target.y;
      const onTopEdge = y === target.y - BOX_H / 2 && Math.abs(x - target.x) <= BOX_W / 2;
      expect(onLeftEdge || onTopEdge, `${connector.key} ends at ${x},${y}`).toBe(true);
    }
  });

  it("keeps statuses from overlapping and inside the drawing", () => {
    for (const a of layout.states) {
      expect(a.x - BOX_W / 2).toBeGreaterThanOrEqual(0);
      expect(a.x + BOX_W / 2).toBeLessThanOrEqual(layout.width);
      expect(a.y + BOX_H / 2).toBeLessThanOrEqual(layout.height);
      for (const b of layout.states) {
        if (a === b) continue;
        const apart = Math.abs(a.x - b.x) >= BOX_W || Math.abs(a.y - b.y) >= BOX_H;
        expect(apart, `${a.status} and ${b.status}`).toBe(true);
      }
    }
  });
});

describe("wrap", () => {
  it.each([
    { text: "Submit for review", width: 70, lines: ["Submit for", "review"] },
    { text: "Endorse", width: 70, lines: ["Endorse"] },
    { text: "Start implementation", width: 50, lines: ["Start", "implementation"] },
  ])("wraps $text into $lines", ({ text, width, lines }) => {
    expect(wrap(text, width, measure)).toEqual(lines);
  });
});
