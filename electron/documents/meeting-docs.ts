/**
 * The documents of a council meeting: the Biên bản họp xét (bien-ban template, the council's
 * series number, no date line, THƯ KÝ left and CHỦ TỌA right, the vote per nomination) and the
 * office's Tờ trình to the chairman proposing the decision (to-trinh template, nominees by form).
 * Pure: the handlers in electron/api/meetings.ts load the meeting and register the resolvers.
 */
import type { MeetingDetail, MeetingItem, Profile } from "../contract";
import { formatDate } from "../contract/format";
import { councilCountNote, isCouncilVoter } from "../contract/vocabulary";
import { fractionText, quorumOf } from "../domain/council-votes";
import { formatDateLine, lowerFirst, upperVi } from "../domain/vietnamese";
import type { TableColumn } from "./blocks";
import type { FillData } from "./fill";
import { commonFillData, type GenericContext } from "./generic";

const roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
const two = (n: number) => String(n).padStart(2, "0");

const clock = (hhmm: string) => {
  const [h, m] = hhmm.split(":");
  return `${h} giờ ${m} phút`;
};

const kindWord: Record<MeetingItem["nomineeKind"], string> = {
  ca_nhan: "cá nhân",
  tap_the: "tập thể",
  ho_gia_dinh: "hộ gia đình",
};

/** "02 tập thể, 05 cá nhân". */
export function countText(items: Pick<MeetingItem, "nomineeKind">[]): string {
  return (["tap_the", "ca_nhan", "ho_gia_dinh"] as const)
    .map((k) => ({ k, n: items.filter((i) => i.nomineeKind === k).length }))
    .filter((x) => x.n > 0)
    .map((x) => `${two(x.n)} ${kindWord[x.k]}`)
    .join(", ");
}

/** Items grouped by award form, in the order the forms first appear. */
export function byForm<T extends Pick<MeetingItem, "awardName">>(items: T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const i of items) groups.set(i.awardName, [...(groups.get(i.awardName) ?? []), i]);
  return [...groups.entries()];
}

export const resultLabel: Record<MeetingItem["outcome"], string> = {
  dat: "Đạt",
  khong_dat: "Không đạt",
  chua_du: "Chưa biểu quyết",
};

export const minutesColumns: TableColumn[] = [
  { title: "STT", share: 0.07, align: "center" },
  { title: "Cá nhân, tập thể được đề nghị", share: 0.23 },
  { title: "Đơn vị", share: 0.18 },
  { title: "Hình thức đề nghị", share: 0.19 },
  { title: "Đồng ý/ Có mặt", share: 0.11, align: "center" },
  { title: "Tỷ lệ", share: 0.1, align: "center" },
  { title: "Kết quả", share: 0.12, align: "center" },
];

export function minutesRows(d: MeetingDetail): string[][] {
  return d.items.map((i, n) => [
    String(n + 1),
    i.nomineeName,
    i.dossierUnit,
    i.awardName,
    i.votesAgree !== null && i.votesPresent !== null ? `${i.votesAgree}/${i.votesPresent}` : "",
    i.percent,
    resultLabel[i.outcome],
  ]);
}

export const minutesSummary = (d: MeetingDetail) =>
  d.meeting.kind === "xet_khen_thuong"
    ? `Họp xét khen thưởng năm ${d.meeting.year}`
    : `Họp Hội đồng Thi đua – Khen thưởng năm ${d.meeting.year}`;

const member = (a: { fullName: string; position: string }) =>
  `${a.fullName}${a.position ? ` – ${a.position}` : ""}`;

export function minutesFillData(d: MeetingDetail, profile: Profile, number: string): FillData {
  const m = d.meeting;
  const chair = d.attendance.find((a) => a.memberId === m.chairMemberId);
  const secretary = d.attendance.find((a) => a.memberId === m.secretaryMemberId);
  const voters = d.attendance.filter(isCouncilVoter);
  const present = voters.filter((a) => a.present);
  const others = present.filter((a) => a !== chair && a !== secretary);
  const absent = voters.filter((a) => !a.present);
  const quorum = quorumOf(d.rules, m.kind);
  const passed = d.items.filter((i) => i.outcome === "dat");
  const failed = d.items.filter((i) => i.outcome === "khong_dat");
  const note = m.note
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  return {
    co_quan_chu_quan: upperVi(profile.parentBody),
    ten_hoi_dong: upperVi(profile.councilName),
    so_ky_hieu: number,
    trich_yeu: minutesSummary(d),
    thoi_gian: `${clock(m.startTime)}, ${formatDateLine(m.meetingDate)}`,
    dia_diem: m.place,
    thanh_phan: [
      `- Chủ tọa: ${chair ? member(chair) : m.chairName}.`,
      `- Thư ký: ${secretary ? member(secretary) : m.secretaryName}.`,
      `- Thành viên Hội đồng có mặt: ${two(present.length)}/${two(voters.length)} thành viên (${councilCountNote})${others.length ? "; ngoài chủ tọa, gồm:" : "."}`,
      ...others.map((a, i) => `+ ${member(a)}${i === others.length - 1 ? "." : ";"}`),
      absent.length
        ? `- Vắng mặt: ${two(absent.length)} thành viên: ${absent.map((a) => `${a.fullName}${a.reason ? ` (${a.reason})` : ""}`).join("; ")}.`
        : "- Vắng mặt: không.",
      `Số thành viên có mặt ${m.quorum.met ? "bảo đảm" : "chưa bảo đảm"} tỷ lệ tối thiểu theo quy chế: ${fractionText(quorum)} tổng số thành viên Hội đồng.`,
    ],
    noi_dung: [
      ...note,
      `Hội đồng xem xét ${two(d.items.length)} trường hợp đề nghị khen thưởng (${countText(d.items)}) do ${profile.issuingBody} (cơ quan Thường trực Hội đồng) tổng hợp, thẩm định. Các thành viên Hội đồng thảo luận và biểu quyết từng trường hợp; trường hợp được thông qua khi có ${lowerFirst(d.passRule)}. Kết quả biểu quyết như sau:`,
    ],
    bieu_quyet: { columns: minutesColumns, rows: minutesRows(d) },
    ket_luan: [
      passed.length
        ? `1. Thống nhất đề nghị khen thưởng ${two(passed.length)} trường hợp (${countText(passed)}):`
        : "1. Không có trường hợp nào đạt tỷ lệ phiếu đồng ý để đề nghị khen thưởng.",
      ...byForm(passed).map(
        ([form, list], g, all) =>
          `- ${form}: ${countText(list)}${g === all.length - 1 ? "." : ";"}`,
      ),
      ...(failed.length
        ? [
            `2. Không đề nghị khen thưởng ${two(failed.length)} trường hợp do không đạt tỷ lệ phiếu đồng ý: ${failed.map((i) => `${i.nomineeName} (${i.awardName})`).join("; ")}.`,
          ]
        : []),
      `${failed.length ? 3 : 2}. Giao ${profile.issuingBody} hoàn thiện hồ sơ, trình Chủ tịch ${profile.parentBody} xem xét, quyết định theo thẩm quyền hoặc đề nghị cấp trên khen thưởng.`,
      "Biên bản đã được thông qua, các thành viên dự họp thống nhất.",
    ],
    ket_thuc: m.endTime ? `${clock(m.endTime)} cùng ngày` : "...... giờ ...... phút cùng ngày",
    thu_ky: secretary?.fullName ?? m.secretaryName,
    chu_toa: chair?.fullName ?? m.chairName,
  };
}

export const proposalColumns: TableColumn[] = [
  { title: "STT", share: 0.07, align: "center" },
  { title: "Họ và tên", share: 0.3 },
  { title: "Chức vụ", share: 0.18 },
  { title: "Đơn vị", share: 0.23 },
  { title: "Hình thức", share: 0.22 },
];

export interface ProposalItem extends MeetingItem {
  /** The nominee's own post (cá nhân) — "" otherwise. */
  position: string;
  /** The unit printed for the nominee. */
  unitName: string;
  /** The office's level confers the form (else the chairman proposes it upward). */
  conferHere: boolean;
}

/** Nominees grouped by form: a row per form ("I", "GIẤY KHEN (03)"), then its nominees. */
export function proposalRows(items: ProposalItem[]): string[][] {
  const rows: string[][] = [];
  byForm(items).forEach(([form, list], g) => {
    rows.push([roman[g] ?? String(g + 1), `${upperVi(form)}: ${two(list.length)}`, "", "", ""]);
    list.forEach((i, n) =>
      rows.push([String(n + 1), i.nomineeName, i.position, i.unitName, i.awardName]),
    );
  });
  return rows;
}

export const proposalSummary = (d: MeetingDetail) =>
  `Về việc đề nghị khen thưởng năm ${d.meeting.year}`;

export function proposalFillData(
  d: MeetingDetail,
  items: ProposalItem[],
  input: { docDate: string; minutesNumber: string | null },
  number: string,
  c: GenericContext,
): FillData {
  const p = c.profile;
  const here = items.filter((i) => i.conferHere);
  const upward = items.filter((i) => !i.conferHere);
  const minutes = input.minutesNumber ? ` (Biên bản số ${input.minutesNumber})` : "";
  const content = [
    `Căn cứ kết quả họp xét khen thưởng của ${p.councilName} ngày ${formatDate(d.meeting.meetingDate)}${minutes}, ${p.issuingBody} (cơ quan Thường trực Hội đồng) kính trình Chủ tịch ${p.parentBody} xem xét khen thưởng ${two(items.length)} trường hợp (${countText(items)}) đã được Hội đồng thống nhất đề nghị, gồm:`,
    ...byForm(items).map(
      ([form, list], g) =>
        `${g + 1}. ${form}: ${countText(list)}${g === byForm(items).length - 1 ? "." : ";"}`,
    ),
    "Danh sách cụ thể như sau:",
  ];
  const request = [
    ...(here.length
      ? [
          // "gồm: …", not brackets: an award's name may end with its own "(hộ gia đình)".
          `Kính trình Chủ tịch ${p.parentBody} xem xét, quyết định khen thưởng ${two(here.length)} trường hợp thuộc thẩm quyền, gồm: ${byForm(
            here,
          )
            .map(([f]) => f)
            .join("; ")}.`,
        ]
      : []),
    ...(upward.length
      ? [
          `Đối với ${two(upward.length)} trường hợp thuộc thẩm quyền cấp trên, gồm: ${byForm(upward)
            .map(([f]) => f)
            .join(
              "; ",
            )}; kính trình Chủ tịch ${p.parentBody} xem xét, đề nghị cấp có thẩm quyền khen thưởng.`,
        ]
      : []),
  ];
  return {
    ...commonFillData(
      {
        docDate: input.docDate,
        summary: proposalSummary(d),
        kinhGui: `Chủ tịch ${p.parentBody}`,
        noiNhan: ["Như trên", `Thành viên ${p.councilName}`],
      },
      number,
      c,
    ),
    noi_dung: content,
    danh_sach: { columns: proposalColumns, rows: proposalRows(items) },
    de_nghi: request,
  };
}
