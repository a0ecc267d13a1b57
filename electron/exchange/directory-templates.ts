import { type ListItem } from "./cell-parsers";
import { writeTemplateWorkbook } from "./template-workbook";
import { importKinds, ratingLabels, ratingValues, type ImportKind } from "../contract";
import { importColumns } from "./directory-import";

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
    hometown: "Xã Thạnh Phú, tỉnh Đồng Nai",
    residence: "Thị trấn Vĩnh An, tỉnh Đồng Nai",
    education: "Cử nhân Luật",
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
  prefill?: readonly Record<string, string | number | null>[],
) {
  const list = (values: string[]) => ({ values });
  await writeTemplateWorkbook(file, [
    {
      name: importKinds[kind],
      columns: importColumns[kind],
      example: examples[kind],
      prefill,
      rows: 2000,
      lists: {
        gender: list(["Nam", "Nữ"]),
        isLeader: list(["Có", "Không"]),
        category: list(catalogues.categories.map((c) => c.label)),
        kind: list(catalogues.unitKinds.map((c) => c.label)),
        rating: list(ratingValues.map((v) => ratingLabels[v])),
      },
    },
  ]);
}
