import { Box, Group, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { FUND_RULES } from "../../../domain/fundRules";
import { TRANSITIONS, type Transition } from "../../../domain/lifecycle";
import { StatusBadge } from "../../components/StatusBadge";
import { ACTOR_STYLE } from "./actors";
import classes from "./Process.module.css";

/** The fund rules PRIMA checks before letting this transition through. */
export function rulesCheckedBy(transition: Transition) {
  const { checks } = transition;
  if (checks === "none") return [];
  return FUND_RULES.filter((rule) => (rule.checkedAt as readonly string[]).includes(checks));
}

function From({ transition }: { transition: Transition }) {
  return (
    <Group gap={4}>
      {transition.from.map((status) => (
        <StatusBadge key={status} status={status} size="sm" />
      ))}
    </Group>
  );
}

function Actor({ transition }: { transition: Transition }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" c={ACTOR_STYLE[transition.by].color} fw={600}>
      {t(`actor.${transition.by}`)}
    </Text>
  );
}

function Needs({ transition }: { transition: Transition }) {
  const { t } = useTranslation();
  if (transition.needs.length === 0) return <Text size="sm">{t("process.needs.none")}</Text>;
  return <Text size="sm">{transition.needs.map((need) => t(`process.needs.${need}`)).join(" ")}</Text>;
}

function Rules({ transition }: { transition: Transition }) {
  const { t } = useTranslation();
  const rules = rulesCheckedBy(transition);
  if (rules.length === 0) return <Text size="sm">{t("process.noRules")}</Text>;
  return (
    <ul className={classes.rules}>
      {rules.map((rule) => (
        <li key={rule.code}>
          <Text size="sm">{t(`fundRuleSummary.${rule.code}`)}</Text>
        </li>
      ))}
    </ul>
  );
}

/** Every transition of the life cycle in words: a table on wide screens, cards on phones. */
export function TransitionList() {
  const { t } = useTranslation();
  return (
    <>
      <Box visibleFrom="md">
        <Table verticalSpacing="sm" fz="sm" layout="fixed">
          <Table.Caption className={classes.caption}>{t("process.tableCaption")}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="14%">{t("process.column.action")}</Table.Th>
              <Table.Th w="15%">{t("process.column.from")}</Table.Th>
              <Table.Th w="10%">{t("process.column.to")}</Table.Th>
              <Table.Th w="16%">{t("process.column.who")}</Table.Th>
              <Table.Th w="15%">{t("process.column.needs")}</Table.Th>
              <Table.Th>{t("process.column.rules")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {TRANSITIONS.map((transition) => (
              <Table.Tr key={`${transition.name}-${transition.from.join()}`} style={{ verticalAlign: "top" }}>
                <Table.Th scope="row" fw={600}>
                  {t(`transition.${transition.name}`)}
                </Table.Th>
                <Table.Td>
                  <From transition={transition} />
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={transition.to} size="sm" />
                </Table.Td>
                <Table.Td>
                  <Actor transition={transition} />
                </Table.Td>
                <Table.Td>
                  <Needs transition={transition} />
                </Table.Td>
                <Table.Td>
                  <Rules transition={transition} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Box hiddenFrom="md">
        <ul className={classes.cards} aria-label={t("process.tableCaption")}>
          {TRANSITIONS.map((transition) => (
            <li key={`${transition.name}-${transition.from.join()}`} className={classes.card}>
              <Title order={3} size="h5" mb={6}>
                {t(`transition.${transition.name}`)}
              </Title>
              <dl className={classes.facts}>
                <dt>{t("process.column.from")}</dt>
                <dd>
                  <From transition={transition} />
                </dd>
                <dt>{t("process.column.to")}</dt>
                <dd>
                  <StatusBadge status={transition.to} size="sm" />
                </dd>
                <dt>{t("process.column.who")}</dt>
                <dd>
                  <Actor transition={transition} />
                </dd>
                <dt>{t("process.column.needs")}</dt>
                <dd>
                  <Needs transition={transition} />
                </dd>
                <dt>{t("process.column.rules")}</dt>
                <dd>
                  <Rules transition={transition} />
                </dd>
              </dl>
            </li>
          ))}
        </ul>
      </Box>
    </>
  );
}
