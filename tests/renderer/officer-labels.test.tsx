// @vitest-environment happy-dom
// The officer reads names, never the app's codes: award pickers and the facts under each
// eligibility result say "Lao động tiên tiến", "Cảnh cáo", not "LDTT", "canh_cao" (#13 item 13).
import { cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { awardLabel, type Award, type Dossier } from "../../electron/contract";
import { dataLine } from "../../renderer/components/EligibilityResults";
import { NominationModal } from "../../renderer/features/dossiers/NominationModal";
import { renderRoute } from "./render";

afterEach(cleanup);

const award = (code: string, name: string, recipientKind: Award["recipientKind"]): Award => ({
  id: `a-${code}`,
  code,
  name,
  recipientKind,
  kind: "hinh_thuc",
  conferredBy: "",
  coefficient: null,
  criteria: "",
  validFrom: "2024-01-01",
  validTo: null,
  sortOrder: 0,
  statGroup: null,
});
const awards = [
  award("LDTT", "Lao động tiên tiến", "ca_nhan"),
  award("GK_CN", "Giấy khen (cá nhân)", "ca_nhan"),
  award("BK_TINH_CN", "Bằng khen của Chủ tịch UBND tỉnh (cá nhân)", "ca_nhan"),
  award("GD_VAN_HOA", "Gia đình văn hóa", "ho_gia_dinh"),
];
const CODE = /\b[A-Z]+_[A-Z_]+\b|\b[a-z]+_[a-z_]+\b|\bLDTT\b/;

describe("names instead of codes", () => {
  it("names an award's recipients once: “Giấy khen (cá nhân)”, “Lao động tiên tiến (cá nhân)”", () => {
    expect(awardLabel(awards[1]!)).toBe("Giấy khen (cá nhân)");
    expect(awardLabel(awards[0]!)).toBe("Lao động tiên tiến (cá nhân)");
    expect(awardLabel(awards[3]!)).toBe("Gia đình văn hóa (hộ gia đình)");
  });

  it("writes the facts of a result with the catalogue's names, the measures' names and dates", () => {
    const line = dataLine(
      {
        award: "BK_TINH_CN",
        year: 2025,
        minMeasure: "canh_cao",
        disciplined: [{ name: "Trần Văn Bình", measure: "canh_cao", decidedOn: "2025-03-01" }],
        awardKind: "tap_the",
        nomineeKind: "ca_nhan",
        minLevel: "tinh",
      },
      new Map(awards.map((a) => [a.code, a.name])),
    );
    expect(line).toContain("Danh hiệu: Bằng khen của Chủ tịch UBND tỉnh (cá nhân)");
    expect(line).toContain("Mức kỷ luật tính từ: Cảnh cáo");
    expect(line).toContain("Trần Văn Bình, Cảnh cáo, 01/03/2025");
    expect(line).toContain("Hình thức dành cho: Tập thể");
    expect(line).toContain("Cấp tối thiểu: Cấp tỉnh");
    expect(line).not.toMatch(CODE);
  });

  it("lists the award forms of a nomination by name, without their codes", async () => {
    const dossier = { id: "d1", unitId: "u1", receivedDate: "2026-11-20" } as Dossier;
    renderRoute(<NominationModal dossier={dossier} nomination="new" onClose={() => {}} />, {
      path: "/",
      url: "/",
      handlers: {
        "catalogue.listAwards": () => awards,
        "directory.listUnits": () => [],
      },
    });
    await userEvent.click(screen.getByLabelText(/^Danh hiệu, hình thức/, { selector: "input" }));
    const options = () => screen.queryAllByRole("option", { hidden: true });
    await waitFor(() => expect(options().length).toBeGreaterThan(0));
    expect(options().map((o) => o.textContent)).toEqual([
      "Lao động tiên tiến",
      "Giấy khen (cá nhân)",
      "Bằng khen của Chủ tịch UBND tỉnh (cá nhân)",
    ]);
  });
});
