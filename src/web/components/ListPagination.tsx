import { Pagination } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** The page picker of every list, with its buttons named for screen readers. */
export function ListPagination({
  pages,
  page,
  onChange,
}: {
  pages: number;
  page: number;
  onChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <Pagination
      total={pages}
      value={Math.min(page, pages)}
      onChange={onChange}
      getControlProps={(control) => ({ "aria-label": t(`list.pagination.${control}`) })}
      getItemProps={(item) => ({ "aria-label": t("list.pagination.page", { page: item }) })}
      siblings={1}
      size="sm"
    />
  );
}
