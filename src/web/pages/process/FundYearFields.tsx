import { ActionIcon, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import type { GetInputPropsReturnType } from "@mantine/form";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CountryFundStatus } from "../../../domain/fundSettings";
import type { Option } from "../../lib/reference";
import classes from "./Process.module.css";

/** One restricted country: its status and note can change, or it can leave the list. */
export function CountryRow({
  name,
  error,
  statusOptions,
  statusProps,
  noteProps,
  onRemove,
}: {
  name: string;
  error: unknown;
  statusOptions: Option[];
  statusProps: GetInputPropsReturnType;
  noteProps: GetInputPropsReturnType;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  return (
    <li className={classes.restriction}>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <Stack gap={0} w={{ base: "100%", sm: 200 }} pt={6}>
          <Text fw={600} size="sm">
            {name}
          </Text>
          {typeof error === "string" && (
            <Text size="xs" c="red.9">
              {error}
            </Text>
          )}
        </Stack>
        <Select
          aria-label={t("fundSettings.statusOf", { country: name })}
          data={statusOptions}
          allowDeselect={false}
          w={{ base: "100%", sm: 220 }}
          {...statusProps}
        />
        <TextInput
          aria-label={t("fundSettings.noteOn", { country: name })}
          placeholder={t("fundSettings.notePlaceholder")}
          style={{ flex: 1, minWidth: 200 }}
          maxLength={500}
          {...noteProps}
        />
        <ActionIcon
          variant="subtle"
          color="red"
          size="lg"
          mt={2}
          aria-label={t("fundSettings.remove", { country: name })}
          onClick={onRemove}
        >
          <IconTrash size={18} aria-hidden />
        </ActionIcon>
      </Group>
    </li>
  );
}

interface NewRestriction {
  country: string;
  status: CountryFundStatus;
  note: string;
}

/** Picks a country not listed yet, with its status and an optional note, and adds it to the list. */
export function AddCountry({
  options,
  statusOptions,
  onAdd,
}: {
  options: Option[];
  statusOptions: Option[];
  onAdd: (entry: NewRestriction) => void;
}) {
  const { t } = useTranslation();
  const [country, setCountry] = useState<string | null>(null);
  const [status, setStatus] = useState<CountryFundStatus>("inArrears");
  const [note, setNote] = useState("");
  const add = () => {
    if (!country) return;
    onAdd({ country, status, note: note.trim() });
    setCountry(null);
    setNote("");
  };
  return (
    <Paper p="md" bg="gray.0" withBorder={false}>
      <Title order={3} size="h5" mb="sm">
        {t("fundSettings.addTitle")}
      </Title>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t("fundSettings.country")}
          data={options}
          searchable
          clearable
          nothingFoundMessage={t("form.nothingFound")}
          value={country}
          onChange={setCountry}
          w={{ base: "100%", sm: 240 }}
        />
        <Select
          label={t("fundSettings.status")}
          data={statusOptions}
          allowDeselect={false}
          value={status}
          onChange={(value) => value && setStatus(value as CountryFundStatus)}
          w={{ base: "100%", sm: 220 }}
        />
        <TextInput
          label={t("fundSettings.note")}
          value={note}
          maxLength={500}
          onChange={(event) => setNote(event.currentTarget.value)}
          style={{ flex: 1, minWidth: 200 }}
        />
        <Button
          variant="light"
          leftSection={<IconPlus size={18} aria-hidden />}
          onClick={add}
          disabled={!country}
        >
          {t("fundSettings.add")}
        </Button>
      </Group>
    </Paper>
  );
}
