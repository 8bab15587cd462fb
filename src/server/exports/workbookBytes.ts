import type ExcelJS from "exceljs";
import { xmlText } from "./xml";

/**
 * The .xlsx bytes of an exceljs workbook. exceljs writes text as it is given, and one character
 * XML cannot hold (U+FFFF, a control character pasted into a name) makes Excel refuse the file and
 * LibreOffice drop the rest of the sheet's texts: every text cell loses those characters here,
 * whatever wrote it, as the hand-written exports do (escapeXml).
 */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        if (typeof cell.value === "string") cell.value = xmlText(cell.value);
      });
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
