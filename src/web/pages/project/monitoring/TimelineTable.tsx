/** The timeline in words: every event by date, for screen readers, keyboards and anyone who prefers a list. */
import { Anchor, Table } from "@mantine/core";
import { Link } from "react-router";
import { type ProjectTimeline, timelineEvents } from "../../../../domain/timeline";
import { ScrollRegion } from "../../../components/ScrollRegion";
import type { TimelineText } from "./TimelineText";

export function TimelineTable({
  projectId,
  timeline,
  text,
}: {
  projectId: string;
  timeline: ProjectTimeline;
  text: TimelineText;
}) {
  const { t, format } = text;
  const events = timelineEvents(timeline);
  return (
    <ScrollRegion label={t("timeline.tableCaption")} minWidth={480}>
      <Table verticalSpacing={4} fz="sm" striped>
        <Table.Caption>{t("timeline.tableCaption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("timeline.column.date")}</Table.Th>
            <Table.Th scope="col">{t("timeline.column.event")}</Table.Th>
            <Table.Th scope="col">{t("timeline.column.state")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event, index) => (
            // Events have no id of their own; their order is stable for one timeline.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <Table.Tr key={index}>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <time dateTime={event.date}>{format.date(event.date)}</time>
              </Table.Td>
              <Table.Td>
                {event.type === "report" ? (
                  <Anchor component={Link} to={`/projects/${projectId}/reports/${event.report.id}`} size="sm">
                    {text.event(event)}
                  </Anchor>
                ) : (
                  text.event(event)
                )}
              </Table.Td>
              <Table.Td>{text.state(event)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}
