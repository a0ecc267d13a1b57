import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { importKinds, ratingLabels, ratingValues, type ImportKind } from "../contract";
import { importColumns, type ListItem } from "./directory-import";

const examples: Record<ImportKind, Record<string, string | number>> = {
  people: {
    fullName: "Nguyễn Văn An",
    gender: "Nam",
    birth: "05/02/1985",
    category: "Công chức",
    position: "Chuyên viên",
    isLeader: "Không",
    unit: "Phòng Nội vụ",
    phone: "0912345678",
    notes: "",
  },
  units: {
    code: "XA_TP",
    name: "Xã Thạnh Phú",
    shortName: "Thạnh Phú",
    kind: "Xã, thị trấn",
    parent: "",
    address: "Xã Thạnh Phú",
    headName: "Trần Văn Bình",
  },
  households: { headName: "Lê Văn Cường", address: "Ấp 1", unit: "Xã Thạnh Phú", note: "" },
  ratings: {
    fullName: "Nguyễn Văn An",
    birth: 1985,
    unit: "Phòng Nội vụ",
    year: 2025,
    rating: ratingLabels.htxs,
  },
};

/** The downloadable template of one import kind: headers, one example row, drop-down lists. */
export async function writeImportTemplate(
  file: string,
  kind: ImportKind,
  catalogues: { unitKinds: ListItem[]; categories: ListItem[] },
) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(importKinds[kind]);
  const listSheet = wb.addWorksheet("Danh mục", { state: "hidden" });
  const columns = importColumns[kind];
  const header = ws.addRow(columns.map((c) => (c.required ? `${c.header} *` : c.header)));
  header.font = { bold: true };
  header.eachCell(
    (cell) => (cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF3BF" } }),
  );
  ws.addRow(columns.map((c) => examples[kind][c.key] ?? ""));
  columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = Math.max(14, c.header.length + 4);
    ws.getColumn(i + 1).numFmt = "@";
  });
  const lists: Record<string, string[]> = {
    gender: ["Nam", "Nữ"],
    isLeader: ["Có", "Không"],
    category: catalogues.categories.map((c) => c.label),
    kind: catalogues.unitKinds.map((c) => c.label),
    rating: ratingValues.map((v) => ratingLabels[v]),
  };
  let listCol = 1;
  columns.forEach((c, i) => {
    const values = lists[c.key];
    if (!values) return;
    values.forEach((v, r) => (listSheet.getCell(r + 1, listCol).value = v));
    const letter = listSheet.getColumn(listCol).letter;
    const colLetter = ws.getColumn(i + 1).letter;
    for (let r = 2; r <= 2000; r++)
      ws.getCell(`${colLetter}${r}`).dataValidation = {
        type: "list",
        allowBlank: !c.required,
        formulae: [`'Danh mục'!$${letter}$1:$${letter}$${values.length}`],
        showErrorMessage: true,
        errorTitle: "Giá trị không có trong danh mục",
        error: `Hãy chọn ${c.header} trong danh sách.`,
      };
    listCol++;
  });
  ws.views = [{ state: "frozen", ySplit: 1 }];
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await wb.xlsx.writeFile(file);
}
