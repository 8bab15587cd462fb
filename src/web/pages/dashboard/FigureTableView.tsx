import { Table } from "@mantine/core";
import type { FigureTable } from "../../../domain/figures";
import { ScrollRegion } from "../../components/ScrollRegion";
import { useFigureText } from "./useFigureText";

const NUMERIC = new Set(["integer", "decimal", "money", "percent", "days"]);

/** A figure table as the screen shows it: the chart's numbers, for screen readers and to check. */
export function FigureTableView({ table, caption }: { table: FigureTable; caption: string }) {
  const text = useFigureText();
  return (
    <ScrollRegion label={caption} maxHeight={420}>
      <Table striped highlightOnHover withTableBorder stickyHeader fz="sm" captionSide="top">
        <Table.Caption style={{ textAlign: "left" }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {table.columns.map((column) => (
              <Table.Th key={column.key} scope="col" ta={NUMERIC.has(column.type) ? "right" : "left"}>
                {text.heading(column.key)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((row, index) => (
            // Rows are figures in a fixed order; their position is their identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <Table.Tr key={index}>
              {table.columns.map((column, at) => {
                const value = text.cell(column.type, column.key, row[column.key] ?? null);
                // The first column names the row (a region, an area, a status): a row header.
                return at === 0 ? (
                  <Table.Th
                    key={column.key}
                    scope="row"
                    fw={500}
                    ta={NUMERIC.has(column.type) ? "right" : "left"}
                  >
                    {value}
                  </Table.Th>
                ) : (
                  <Table.Td
                    key={column.key}
                    ta={NUMERIC.has(column.type) ? "right" : "left"}
                    style={NUMERIC.has(column.type) ? { fontVariantNumeric: "tabular-nums" } : undefined}
                  >
                    {value}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}
