/**
 * The "gói Excel cho đơn vị": for a unit that does not run the app, the forms it fills and sends
 * back — its registration with its people already listed, the ratings of its people, and the
 * nominations form — zipped into one file under exports/. What comes back goes through the
 * ordinary Excel imports.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { zipSync, type Zippable } from "fflate";
import { livePeopleOfUnits, unitSubtree } from "../../db/queries/exchange";
import type { AppContext } from "../api/context";
import { invalid } from "../api/errors";
import { writeFileAtomic } from "../atomic-write";
import { readableFileName } from "../contract/text";
import { inExportsDir } from "../paths";
import { writeImportTemplate } from "./directory-templates";
import { writeNominationTemplate } from "./nomination-import";
import { writeRegistrationTemplate } from "./registration-import";
import type { ListItem } from "./cell-parsers";
import type { TitleOption } from "./registration-import";

export interface ExcelPackInput {
  unit: { id: string; name: string; code: string };
  year: number;
  titles: TitleOption[];
  catalogues: { unitKinds: ListItem[]; categories: ListItem[] };
  awards: string[];
}

export async function writeExcelPack(ctx: AppContext, p: ExcelPackInput) {
  const people = livePeopleOfUnits(ctx.db, unitSubtree(ctx.db, p.unit.id));
  if (!people.length)
    throw invalid(
      `${p.unit.name} chưa có cá nhân nào trong danh bạ: hãy nhập danh sách cán bộ của đơn vị trước khi lập gói Excel.`,
    );
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-goi-excel-"));
  try {
    const registration = path.join(work, `Dang-ky-thi-dua-${p.year}.xlsx`);
    await writeRegistrationTemplate(
      registration,
      `Đăng ký thi đua năm ${p.year} – ${p.unit.name} (đã điền sẵn ${people.length} người: chọn danh hiệu cho người đăng ký, xóa dòng của người không đăng ký)`,
      p.titles,
      people.map((x) => ({
        fullName: x.fullName,
        birth: x.birthYear,
        position: x.position,
        isLeader: x.isLeader ? "Có" : "Không",
      })),
    );
    const ratings = path.join(work, `Danh-gia-xep-loai-${p.year}.xlsx`);
    await writeImportTemplate(
      ratings,
      "ratings",
      p.catalogues,
      people.map((x) => ({
        fullName: x.fullName,
        birth: x.birthYear,
        unit: x.unitCode || x.unitName,
        year: p.year,
      })),
    );
    const nominations = path.join(work, "De-nghi-khen-thuong.xlsx");
    await writeNominationTemplate(nominations, {
      awards: p.awards,
      categories: p.catalogues.categories.map((c) => c.label),
    });
    const files: Zippable = {};
    for (const f of [registration, ratings, nominations])
      files[path.basename(f)] = [fs.readFileSync(f), { level: 0 }];
    const fileName = `Goi-Excel-${readableFileName(p.unit.code || p.unit.name, "don-vi", 40)}-${p.year}.zip`;
    const file = inExportsDir(ctx.paths, fileName);
    writeFileAtomic(file, zipSync(files));
    return { path: file, fileName, people: people.length };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
