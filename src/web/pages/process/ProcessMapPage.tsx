import { Anchor, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { EDITABLE_STATUSES, REVIEW_STATUSES, TRANSITIONS } from "../../../domain/lifecycle";
import { Section } from "../../components/Section";
import { useFormat } from "../../lib/format";
import { useTitle } from "../../lib/useTitle";
import { ActorLegend, ProcessDiagram } from "./ProcessDiagram";
import { TransitionList } from "./TransitionList";

const ACTORS = [...new Set(TRANSITIONS.map((t) => t.by))];

/** How a proposal becomes a project: the life cycle as a map and as a table, both from one source. */
export default function ProcessMapPage() {
  const { t } = useTranslation();
  const format = useFormat();
  useTitle(t("process.title"));
  const statuses = (list: readonly string[]) =>
    new Intl.ListFormat(format.locale, { type: "conjunction" }).format(list.map((s) => t(`status.${s}`)));
  return (
    <Stack gap="md" maw={1400} mx="auto">
      <div>
        <Title order={1}>{t("process.title")}</Title>
        <Text size="sm" c="dimmed" maw={820}>
          {t("process.intro")}
        </Text>
      </div>
      <Section title={t("process.mapHeading")}>
        <Stack gap="sm">
          <ProcessDiagram />
          <ActorLegend actors={ACTORS} />
          <Text size="sm" c="dimmed">
            {t("process.editable", { statuses: statuses(EDITABLE_STATUSES) })}{" "}
            {t("process.reviewTime", { statuses: statuses(REVIEW_STATUSES) })}
          </Text>
        </Stack>
      </Section>
      <Section title={t("process.stepsHeading")}>
        <Stack gap="sm">
          <Text size="sm">
            {t("process.stepsIntro")}{" "}
            <Anchor component={Link} to="/fund-rules" size="sm" underline="always">
              {t("process.fundRulesLink")}
            </Anchor>
          </Text>
          <TransitionList />
        </Stack>
      </Section>
    </Stack>
  );
}
