/**
 * Writes the bundled templates (templates/*.docx) and templates/README.md from the catalogue in
 * electron/documents/template-catalog.ts, so they are reproducible: `npm run templates`.
 */
import fs from "node:fs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import path from "node:path";
import { AlignmentType, Document, Packer, Paragraph, type Table } from "docx";
import {
  bodyParagraph,
  centered,
  layoutTable,
  officeDocx,
  para,
  rule,
  run,
  sectionHeading,
} from "../../electron/documents/blocks";
import {
  BODY_SPACING,
  FIRST_LINE_INDENT,
  FONT,
  FOOTER_COLUMNS,
  HEADER_COLUMNS,
  LANGUAGE,
  LINE,
  SIZE,
  TEXT_WIDTH,
  TIGHT,
} from "../../electron/documents/format-rules";
import {
  templateCatalog,
  templateIds,
  type TemplateDef,
  type TemplateId,
} from "../../electron/documents/template-catalog";

type Block = Paragraph | Table;
const ph = (key: string) => `{{${key}}}`;

/** A paragraph holding only a block placeholder, replaced by paragraphs or a table. */
const slot = (key: string) => para([run(ph(key))], { spacing: BODY_SPACING });

const quocHieu = (withDate: boolean): Paragraph[] => [
  centered("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, size: SIZE.quocHieu }),
  centered("Độc lập - Tự do - Hạnh phúc", { bold: true, size: SIZE.tieuNgu }),
  // As long as the motto: 13 pt bold ≈ 60 mm.
  rule(Math.round((HEADER_COLUMNS[1] - 3420) / 2)),
  ...(withDate
    ? [
        para([run(`${ph("dia_danh")}, ${ph("ngay_thang_nam")}`, { italics: true })], {
          alignment: AlignmentType.CENTER,
          spacing: { ...TIGHT, before: 180 },
        }),
      ]
    : []),
];

interface HeaderOptions {
  bodyKey?: string;
  number?: boolean;
  veViec?: boolean;
  date?: boolean;
}

function headerTable(o: HeaderOptions = {}): Table {
  const left: Paragraph[] = [
    centered(ph("co_quan_chu_quan"), { size: SIZE.header }),
    centered(ph(o.bodyKey ?? "co_quan_ban_hanh"), { bold: true, size: SIZE.header }),
    rule(1200),
  ];
  if (o.number !== false) {
    left.push(
      para([run(`Số: ${ph("so_ky_hieu")}`, { size: SIZE.header })], {
        alignment: AlignmentType.CENTER,
        spacing: { ...TIGHT, before: 180 },
      }),
    );
  }
  if (o.veViec) {
    left.push(
      para([run(`V/v ${ph("trich_yeu")}`, { size: SIZE.veViec })], {
        alignment: AlignmentType.CENTER,
        spacing: { ...TIGHT, before: 60 },
      }),
    );
  }
  return layoutTable(HEADER_COLUMNS, [left, quocHieu(o.date !== false)]);
}

function title(typeName: string, summaryKey = "trich_yeu"): Paragraph[] {
  return [
    centered(typeName, { bold: true, size: SIZE.typeName }, 0),
    centered(ph(summaryKey), { bold: true }),
    rule(Math.round(TEXT_WIDTH * 0.38), 240),
  ];
}
// The first title paragraph needs room above it.
function spaced(ps: Paragraph[]): Paragraph[] {
  return [para([run(" ", { size: 8 })], { spacing: { ...TIGHT, before: 240 } }), ...ps];
}

const kinhGui = () =>
  para([run(`Kính gửi: ${ph("kinh_gui")}`)], {
    alignment: AlignmentType.CENTER,
    spacing: { ...LINE, before: 120, after: 240 },
  });

const heading = sectionHeading;

const gap = (n: number) => Array.from({ length: n }, () => para([run(" ")]));

function footerTable(): Table {
  return layoutTable(FOOTER_COLUMNS, [
    [
      para([run("Nơi nhận:", { bold: true, italics: true, size: SIZE.noiNhanLabel })]),
      para([run(ph("noi_nhan"), { size: SIZE.noiNhanLine })]),
    ],
    [
      centered(ph("chuc_danh_ky"), { bold: true }),
      ...gap(4),
      centered(ph("nguoi_ky"), { bold: true }),
    ],
  ]);
}

function twoSignatures(left: [string, string, string], right: [string, string, string]): Table {
  const side = ([label, hint, key]: [string, string, string]) => [
    centered(label, { bold: true }),
    ...(hint ? [centered(hint, { italics: true })] : []),
    ...gap(4),
    centered(ph(key), { bold: true }),
  ];
  const half = Math.round(TEXT_WIDTH / 2);
  return layoutTable([half, TEXT_WIDTH - half], [side(left), side(right)]);
}

const afterBody = () => para([run(" ")], { spacing: { ...TIGHT, after: 120 } });

export function templateBody(id: TemplateId): Block[] {
  switch (id) {
    case "ke-hoach":
      return [
        headerTable(),
        ...spaced(title("KẾ HOẠCH")),
        slot("can_cu"),
        heading("I. MỤC ĐÍCH, YÊU CẦU"),
        slot("muc_dich_yeu_cau"),
        heading("II. NỘI DUNG"),
        slot("noi_dung"),
        slot("hoat_dong_quy"),
        heading("III. TỔ CHỨC THỰC HIỆN"),
        slot("to_chuc_thuc_hien"),
        afterBody(),
        footerTable(),
      ];
    case "to-trinh":
      return [
        headerTable(),
        ...spaced(title("TỜ TRÌNH")),
        kinhGui(),
        slot("can_cu"),
        slot("noi_dung"),
        slot("danh_sach"),
        slot("de_nghi"),
        afterBody(),
        footerTable(),
      ];
    case "bao-cao":
      return [
        headerTable(),
        ...spaced(title("BÁO CÁO")),
        kinhGui(),
        slot("can_cu"),
        slot("noi_dung"),
        slot("bang_so_lieu"),
        slot("sau_bang"),
        afterBody(),
        footerTable(),
      ];
    case "cong-van":
      return [
        headerTable({ veViec: true }),
        para([run(" ")], { spacing: { ...TIGHT, before: 240 } }),
        kinhGui(),
        slot("can_cu"),
        slot("noi_dung"),
        afterBody(),
        footerTable(),
      ];
    case "bien-ban":
      return [
        headerTable({ bodyKey: "ten_hoi_dong", date: false }),
        ...spaced(title("BIÊN BẢN")),
        bodyParagraph(`Thời gian: ${ph("thoi_gian")}`),
        bodyParagraph(`Địa điểm: ${ph("dia_diem")}`),
        heading("I. THÀNH PHẦN DỰ HỌP"),
        slot("thanh_phan"),
        heading("II. NỘI DUNG CUỘC HỌP"),
        slot("noi_dung"),
        heading("III. KẾT QUẢ BIỂU QUYẾT"),
        slot("bieu_quyet"),
        heading("IV. KẾT LUẬN"),
        slot("ket_luan"),
        bodyParagraph(`Cuộc họp kết thúc vào lúc ${ph("ket_thuc")}./.`),
        afterBody(),
        twoSignatures(["THƯ KÝ", "", "thu_ky"], ["CHỦ TỌA", "", "chu_toa"]),
      ];
    case "quyet-dinh":
      return [
        headerTable(),
        ...spaced(title("QUYẾT ĐỊNH")),
        centered(ph("tham_quyen"), { bold: true }, 240),
        slot("can_cu"),
        bodyParagraph(ph("de_nghi"), { italics: true }),
        centered("QUYẾT ĐỊNH:", { bold: true }, 120),
        para([run("Điều 1. ", { bold: true }), run(ph("dieu_1"))], {
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: FIRST_LINE_INDENT },
          spacing: BODY_SPACING,
        }),
        para([run("Điều 2. ", { bold: true }), run(ph("dieu_2"))], {
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: FIRST_LINE_INDENT },
          spacing: BODY_SPACING,
        }),
        para([run("Điều 3. ", { bold: true }), run(ph("dieu_3")), run("./.")], {
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: FIRST_LINE_INDENT },
          spacing: BODY_SPACING,
        }),
        afterBody(),
        footerTable(),
        new Paragraph({
          pageBreakBefore: true,
          alignment: AlignmentType.CENTER,
          spacing: TIGHT,
          children: [run(ph("tieu_de_danh_sach"), { bold: true })],
        }),
        para([run(ph("kem_theo"), { italics: true })], {
          alignment: AlignmentType.CENTER,
          spacing: { ...TIGHT, after: 0 },
        }),
        rule(Math.round(TEXT_WIDTH * 0.4), 240),
        slot("danh_sach"),
      ];
    case "bao-cao-thanh-tich-ca-nhan":
      return [
        headerTable({ number: false }),
        ...spaced([
          centered("BÁO CÁO THÀNH TÍCH", { bold: true, size: SIZE.typeName }),
          centered(`ĐỀ NGHỊ TẶNG ${ph("hinh_thuc_de_nghi")}`, { bold: true }),
          rule(Math.round(TEXT_WIDTH * 0.38), 240),
        ]),
        heading("I. SƠ LƯỢC LÝ LỊCH"),
        bodyParagraph(`- Họ tên: ${ph("ho_ten")}`),
        bodyParagraph(`- Sinh ngày, tháng, năm: ${ph("ngay_sinh")}; Giới tính: ${ph("gioi_tinh")}`),
        bodyParagraph(`- Quê quán: ${ph("que_quan")}`),
        bodyParagraph(`- Trú quán: ${ph("noi_o")}`),
        bodyParagraph(`- Đơn vị công tác: ${ph("don_vi_cong_tac")}`),
        bodyParagraph(`- Chức vụ (Đảng, chính quyền, đoàn thể): ${ph("chuc_vu")}`),
        bodyParagraph(`- Trình độ chuyên môn, nghiệp vụ: ${ph("trinh_do")}`),
        // Not in the directory: the officer writes it in the draft.
        bodyParagraph("- Học hàm, học vị, danh hiệu, giải thưởng: ……………………………"),
        heading("II. THÀNH TÍCH ĐẠT ĐƯỢC"),
        slot("thanh_tich"),
        heading("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG"),
        slot("khen_thuong_da_nhan"),
        afterBody(),
        twoSignatures(
          ["XÁC NHẬN CỦA THỦ TRƯỞNG ĐƠN VỊ", "(Ký, đóng dấu)", "nguoi_xac_nhan"],
          ["NGƯỜI BÁO CÁO THÀNH TÍCH", "(Ký, ghi rõ họ và tên)", "nguoi_bao_cao"],
        ),
      ];
    case "bao-cao-thanh-tich-tap-the":
      return [
        headerTable({ number: false }),
        ...spaced([
          centered("BÁO CÁO THÀNH TÍCH", { bold: true, size: SIZE.typeName }),
          centered(`ĐỀ NGHỊ TẶNG ${ph("hinh_thuc_de_nghi")}`, { bold: true }),
          centered(ph("ten_tap_the"), { bold: true }),
          rule(Math.round(TEXT_WIDTH * 0.38), 240),
        ]),
        heading("I. ĐẶC ĐIỂM, TÌNH HÌNH"),
        slot("dac_diem_tinh_hinh"),
        heading("II. THÀNH TÍCH ĐẠT ĐƯỢC"),
        slot("thanh_tich"),
        heading("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG"),
        slot("khen_thuong_da_nhan"),
        afterBody(),
        twoSignatures(
          ["XÁC NHẬN CỦA CẤP TRÊN TRỰC TIẾP", "(Ký, đóng dấu)", "nguoi_xac_nhan"],
          ["THỦ TRƯỞNG ĐƠN VỊ", "(Ký, đóng dấu)", "nguoi_bao_cao"],
        ),
      ];
  }
}

/** The decree's page (officeDocx), named after the template. */
export function templateDocument(def: TemplateDef, children: Block[]): Document {
  return officeDocx({ title: def.name, lastModifiedBy: "Thi đua – Khen thưởng", children });
}

/** A fixed date for the package's timestamps, so the same catalogue gives the same bytes. */
const STAMP = "2025-01-01T00:00:00Z";

export async function buildTemplate(id: TemplateId): Promise<Buffer> {
  const packed = await Packer.toBuffer(templateDocument(templateCatalog[id], templateBody(id)));
  const files = unzipSync(packed);
  const core = files["docProps/core.xml"];
  if (core) {
    files["docProps/core.xml"] = strToU8(
      strFromU8(core).replace(
        /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g,
        `$1${STAMP}$2`,
      ),
    );
  }
  return Buffer.from(zipSync(files, { level: 9, mtime: new Date(STAMP) }));
}

export function templatesReadme(): string {
  const lines = [
    "# Mẫu văn bản (templates)",
    "",
    "Các mẫu trình bày theo Nghị định 30/2020/NĐ-CP: khổ A4, lề trên/dưới 20 mm, lề trái 30 mm, lề phải",
    `15 mm; phông ${FONT} (ascii, hAnsi, cs), ngôn ngữ ${LANGUAGE}; số trang ở giữa phía trên, từ trang 2.`,
    "",
    "Do `npm run templates` (build/templates/generate.ts) sinh ra từ danh mục",
    "electron/documents/template-catalog.ts — đừng sửa tay các tệp .docx ở đây; mỗi cơ quan tải mẫu",
    "về, sửa trong Word rồi nạp lại làm mẫu riêng (lưu trong thư mục dữ liệu).",
    "",
    "Chỗ điền có dạng `{{ten_cho_dien}}`; mỗi chỗ điền chỉ xuất hiện một lần trong một mẫu.",
    "Loại: **chữ** — thay trong dòng, giữ định dạng của chỗ điền; **đoạn** — thay cả đoạn bằng các",
    "đoạn văn (chỗ điền phải đứng riêng một đoạn); **bảng** — thay cả đoạn bằng một bảng.",
    "Chỗ điền bắt buộc thiếu trong mẫu riêng thì mẫu bị từ chối.",
    "",
  ];
  for (const id of templateIds) {
    const def = templateCatalog[id];
    lines.push(`## ${def.name} — \`${id}.docx\``, "");
    if (def.basis) lines.push(`Căn cứ: ${def.basis}.`, "");
    lines.push("| Chỗ điền | Loại | Bắt buộc | Ý nghĩa |", "| --- | --- | --- | --- |");
    for (const p of def.placeholders) {
      const kind = p.kind === "text" ? "chữ" : p.kind === "block" ? "đoạn" : "bảng";
      lines.push(`| \`{{${p.key}}}\` | ${kind} | ${p.required ? "có" : "không"} | ${p.label} |`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  const out = path.resolve(__dirname, "..", "..", "templates");
  fs.mkdirSync(out, { recursive: true });
  for (const id of templateIds) {
    fs.writeFileSync(path.join(out, `${id}.docx`), await buildTemplate(id));
  }
  fs.writeFileSync(path.join(out, "README.md"), templatesReadme());
  console.log(`${templateIds.length} mẫu đã ghi vào ${out}`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
