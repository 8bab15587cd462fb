import { useId } from "@mantine/hooks";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ProjectStatus, TransitionActor } from "../../../domain/lifecycle";
import { ScrollRegion } from "../../components/ScrollRegion";
import { ACTOR_STYLE } from "./actors";
import classes from "./Process.module.css";
import { BOX_H, BOX_W, LINE_H, layoutProcess, type Measure } from "./processLayout";

const STATUS_TINT: Record<ProjectStatus, string> = {
  draft: "gray",
  submitted: "indigo",
  endorsed: "cyan",
  approved: "teal",
  active: "green",
  closed: "gray",
  rejected: "red",
  withdrawn: "orange",
};

const LABEL_FONT = "600 12px";

/** Text widths in the page's own font; a rough estimate where there is no canvas. */
function useMeasure(): Measure {
  return useMemo(() => {
    const context =
      typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
    if (!context) return (text: string) => text.length * 6.8;
    context.font = `${LABEL_FONT} ${getComputedStyle(document.body).fontFamily}`;
    return (text: string) => context.measureText(text).width;
  }, []);
}

function Markers({ prefix }: { prefix: string }) {
  return (
    <defs>
      {Object.entries(ACTOR_STYLE).map(([actor, style]) => (
        <marker
          key={actor}
          id={`${prefix}-${actor}`}
          viewBox="0 0 10 10"
          refX="10"
          refY="5"
          markerWidth="9"
          markerHeight="9"
          markerUnits="userSpaceOnUse"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" fill={style.color} />
        </marker>
      ))}
    </defs>
  );
}

/**
 * The life cycle as a flow chart, drawn from the TRANSITIONS table. It is an image for assistive
 * technology (named by its title); the table under it says the same in words.
 */
export function ProcessDiagram() {
  const { t, i18n } = useTranslation();
  const measure = useMeasure();
  const id = useId();
  const [focus, setFocus] = useState<ProjectStatus | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the labels change with the language
  const layout = useMemo(
    () => layoutProcess((transition) => t(`transition.${transition.name}`), measure),
    [t, measure, i18n.language],
  );

  return (
    <ScrollRegion label={t("process.mapRegion")}>
      <svg
        className={classes.map}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        style={{ maxWidth: layout.width * 1.15 }}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{t("process.mapTitle")}</title>
        <desc id={`${id}-desc`}>{t("process.mapDescription")}</desc>
        <Markers prefix={id} />
        {layout.connectors.map((connector) => {
          const style = ACTOR_STYLE[connector.transition.by as TransitionActor];
          const dimmed = focus !== null && !connector.states.includes(focus);
          return (
            <g key={connector.key} className={`${classes.connector} ${dimmed ? classes.dimmed : ""}`}>
              <path
                d={connector.d}
                fill="none"
                stroke={style.color}
                strokeWidth={2}
                strokeDasharray={style.dash}
                strokeLinecap="round"
                markerEnd={`url(#${id}-${connector.transition.by})`}
              />
              <text
                className={classes.label}
                x={connector.label.x}
                y={connector.label.y}
                fill={style.color}
                textAnchor="middle"
              >
                {connector.label.lines.map((line, i) => (
                  <tspan key={line} x={connector.label.x} dy={i === 0 ? 0 : LINE_H}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
        {layout.states.map((state) => {
          const tint = STATUS_TINT[state.status];
          return (
            // Pointing at a status highlights its arrows; the table below says the same in words.
            // biome-ignore lint/a11y/noStaticElementInteractions: a pointer-only enhancement
            <g
              key={state.status}
              className={classes.state}
              onMouseEnter={() => setFocus(state.status)}
              onMouseLeave={() => setFocus(null)}
            >
              <rect
                x={state.x - BOX_W / 2}
                y={state.y - BOX_H / 2}
                width={BOX_W}
                height={BOX_H}
                rx={8}
                style={{
                  fill: `var(--mantine-color-${tint}-${state.status === "closed" ? 2 : 0})`,
                  stroke: `var(--mantine-color-${tint}-7)`,
                  strokeWidth: focus === state.status ? 3 : 1.5,
                }}
              />
              <text className={classes.stateName} x={state.x} y={state.y + 4.5} textAnchor="middle">
                {t(`status.${state.status}`)}
              </text>
            </g>
          );
        })}
      </svg>
    </ScrollRegion>
  );
}

/** What each line style means: one entry per actor of the life cycle. */
export function ActorLegend({ actors }: { actors: readonly TransitionActor[] }) {
  const { t } = useTranslation();
  return (
    <ul className={classes.legend} aria-label={t("process.legend")}>
      {actors.map((actor) => {
        const style = ACTOR_STYLE[actor];
        return (
          <li key={actor} className={classes.legendItem}>
            <svg width="36" height="10" aria-hidden="true">
              <line
                x1="2"
                y1="5"
                x2="34"
                y2="5"
                stroke={style.color}
                strokeWidth={2.5}
                strokeDasharray={style.dash}
                strokeLinecap="round"
              />
            </svg>
            {t(`actor.${actor}`)}
          </li>
        );
      })}
    </ul>
  );
}
