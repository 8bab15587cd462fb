import { useTranslation } from "react-i18next";
import { BeneficiaryRowsEditor } from "../../components/BeneficiaryRowsEditor";
import { Section } from "../../components/Section";
import { newBeneficiaryRow, type ProjectForm } from "./values";

const MAX_ROWS = 50;

/** The project's target beneficiaries: each group counts at least one person. */
export function BeneficiariesEditor({ form }: { form: ProjectForm }) {
  const { t } = useTranslation();
  return (
    <Section title={t("project.beneficiaries")}>
      <BeneficiaryRowsEditor
        form={form}
        rows={form.values.beneficiaries}
        error={form.errors.beneficiaries}
        maxRows={MAX_ROWS}
        minNumber={1}
        texts={{
          empty: t("form.noBeneficiaries"),
          add: t("form.add.beneficiaries"),
          remove: (number) => t("form.remove.beneficiaries", { number }),
        }}
        onAdd={() => form.insertListItem("beneficiaries", newBeneficiaryRow())}
        onRemove={(index) => form.removeListItem("beneficiaries", index)}
      />
    </Section>
  );
}
