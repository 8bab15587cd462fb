/** A rate's history: each change of one currency's rate for one month, who made it and how. */
import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useRateHistory } from "../../api/cofunding";
import { Modal } from "../../components/Dialog";
import { loadFailure, QueryError } from "../../components/QueryError";
import { ScrollRegion } from "../../components/ScrollRegion";
import { useWorkflowFormat } from "../../lib/workflowFormat";

export function RateHistoryDialog({
  rate,
  onClose,
}: {
  rate: { currency: string; month: string };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useWorkflowFormat();
  const history = useRateHistory(rate);
  const title = t("cofunding.historyTitle", { currency: rate.currency, month: rate.month });
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      size="lg"
      closeButtonProps={{ "aria-label": t("cofunding.historyClose") }}
    >
      {loadFailure(history) ? (
        <QueryError error={history.error} onRetry={() => void history.refetch()} />
      ) : !history.data ? (
        <Text size="sm">{t("common.loading")}</Text>
      ) : (
        <ScrollRegion label={title} minWidth={480}>
          <Table striped>
            <Table.Caption>{t("cofunding.historyCaption")}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("cofunding.historyWhen")}</Table.Th>
                <Table.Th scope="col">{t("cofunding.historyWho")}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("cofunding.historyBefore")}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("cofunding.historyAfter")}
                </Table.Th>
                <Table.Th scope="col">{t("cofunding.historyHow")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.data.map((change) => (
                <Table.Tr key={`${change.at}-${change.after}`}>
                  <Table.Th scope="row">{format.moment(change.at)}</Table.Th>
                  <Table.Td>{change.by?.name ?? ""}</Table.Td>
                  <Table.Td ta="right">{change.before ?? "—"}</Table.Td>
                  <Table.Td ta="right">{change.after ?? "—"}</Table.Td>
                  <Table.Td>{t(`cofunding.historyHows.${change.how}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
    </Modal>
  );
}
