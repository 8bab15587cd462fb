/** What each colour and shape of the timeline means, in words beside a sample of it. */
import type { ReactNode } from "react";
import { REPORT_STATES } from "../../../../domain/reportSchedule";
import { MILESTONE_STATES, TIMELINE_PHASES } from "../../../../domain/timeline";
import classes from "./Timeline.module.css";
import {
  ExtensionPatterns,
  MilestoneShape,
  ReportShape,
  RevisionShape,
  type TimelinePalette,
} from "./TimelineMarkers";
import type { TimelineText } from "./TimelineText";

function Sample({ children, width = 18 }: { children: ReactNode; width?: number }) {
  return (
    <svg width={width} height={18} viewBox={`0 0 ${width} 18`} aria-hidden className={classes.sample}>
      {children}
    </svg>
  );
}

function Entry({ sample, label }: { sample: ReactNode; label: string }) {
  return (
    <li className={classes.legendEntry}>
      {sample}
      <span>{label}</span>
    </li>
  );
}

/**
 * Each part of the legend is a region of its own, named apart from the page's sections with the
 * same words ("Reports", "Milestones"), so that a list of landmarks tells them apart.
 */
export function TimelineLegend({ text, palette }: { text: TimelineText; palette: TimelinePalette }) {
  const { t } = text;
  const bar = (fill: string, extra: Record<string, string | number> = {}) => (
    <Sample width={26}>
      <rect x={1} y={5} width={24} height={8} rx={1} fill={fill} {...extra} />
    </Sample>
  );
  return (
    <div className={classes.legend}>
      <svg width={0} height={0} aria-hidden className={classes.defs}>
        <ExtensionPatterns palette={palette} idPrefix="timeline-legend" />
      </svg>
      <section aria-label={t("timeline.legend.region.phases")}>
        <h3 className={classes.legendTitle}>{t("timeline.legend.phases")}</h3>
        <ul className={classes.legendList}>
          {TIMELINE_PHASES.map((phase) => (
            <Entry key={phase} sample={bar(palette.phase[phase])} label={t(`timeline.phase.${phase}`)} />
          ))}
        </ul>
      </section>
      <section aria-label={t("timeline.legend.region.dates")}>
        <h3 className={classes.legendTitle}>{t("timeline.legend.dates")}</h3>
        <ul className={classes.legendList}>
          <Entry sample={bar(palette.planned)} label={t("timeline.row.planned")} />
          <Entry
            sample={bar("url(#timeline-legend-approved)", { stroke: palette.planned })}
            label={t("timeline.extensionApproved")}
          />
          <Entry
            sample={bar("url(#timeline-legend-requested)", {
              stroke: palette.requested,
              strokeDasharray: "4 2",
            })}
            label={t("timeline.extensionRequested")}
          />
          <Entry
            sample={
              <Sample width={10}>
                <line x1={5} x2={5} y1={1} y2={17} stroke={palette.text} strokeWidth={2} />
              </Sample>
            }
            label={t("timeline.event.originalEnd")}
          />
          <Entry
            sample={
              <Sample>
                <RevisionShape x={9} y={9} size={7} palette={palette} />
              </Sample>
            }
            label={t("timeline.legend.revision")}
          />
          <Entry sample={bar(palette.actual)} label={t("timeline.row.actual")} />
          <Entry
            sample={
              <Sample width={10}>
                <line
                  x1={5}
                  x2={5}
                  y1={1}
                  y2={17}
                  stroke={palette.today}
                  strokeWidth={2}
                  strokeDasharray="4 2"
                />
              </Sample>
            }
            label={t("timeline.today")}
          />
        </ul>
      </section>
      <section aria-label={t("timeline.legend.region.milestones")}>
        <h3 className={classes.legendTitle}>{t("timeline.row.milestones")}</h3>
        <ul className={classes.legendList}>
          {MILESTONE_STATES.map((state) => (
            <Entry
              key={state}
              sample={
                <Sample width={24}>
                  <MilestoneShape state={state} x={9} y={9} size={6} palette={palette} />
                </Sample>
              }
              label={t(`timeline.legend.milestone.${state}`)}
            />
          ))}
        </ul>
      </section>
      <section aria-label={t("timeline.legend.region.reports")}>
        <h3 className={classes.legendTitle}>{t("timeline.legend.reports")}</h3>
        <ul className={classes.legendList}>
          {REPORT_STATES.map((state) => (
            <Entry
              key={state}
              sample={
                <Sample>
                  <ReportShape state={state} x={9} y={9} size={6} palette={palette} />
                </Sample>
              }
              label={t(`timeline.reportState.${state}`)}
            />
          ))}
        </ul>
      </section>
    </div>
  );
}
