/** The register as an Excel workbook, dates as dd/mm/yyyy text so Excel cannot misread them. */
import { writeFileAtomic } from "../atomic-write";
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { DocumentRow, DocumentState } from "../contract";
import { formatDate } from "../contract/format";
import { templateCatalog } from "./template-catalog";

export async function writeRegisterWorkbook(
  file: string,
  rows: DocumentRow[],
  stateLabels: Record<DocumentState, string>,
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Thi đua – Khen thưởng";
  const ws = wb.addWorksheet("Sổ văn bản");
  ws.columns = [
    { header: "STT", key: "stt", width: 6 },
    { header: "Số, ký hiệu", key: "number", width: 18 },
    { header: "Ngày", key: "date", width: 12 },
    { header: "Loại văn bản", key: "type", width: 22 },
    { header: "Trích yếu", key: "summary", width: 60 },
    { header: "Người ký", key: "signer", width: 24 },
    { header: "Trạng thái", key: "state", width: 14 },
    { header: "Tệp", key: "file", width: 40 },
    { header: "Bản đã ký", key: "signed", width: 40 },
  ];
  rows.forEach((r, i) =>
    ws.addRow({
      stt: i + 1,
      number: r.number,
      date: formatDate(r.docDate),
      type: templateCatalog[r.templateId].name,
      summary: r.summary,
      signer: r.signerName,
      state: stateLabels[r.state],
      file: r.filePath,
      signed: r.signedCopyPath ?? "",
    }),
  );
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: "frozen", ySplit: 1 }];
  ws.getColumn("date").numFmt = "@";
  fs.mkdirSync(path.dirname(file), { recursive: true });
  writeFileAtomic(file, new Uint8Array(await wb.xlsx.writeBuffer()));
}
