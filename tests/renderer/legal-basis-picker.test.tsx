// @vitest-environment happy-dom
// A "Căn cứ" picker never offers a repealed law unmarked: those not in force on the document's
// date come last, "(hết hiệu lực)" (#13 item 13).
import { cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, expect, it } from "vitest";
import { legalBasisOptions, type LegalBasis } from "../../electron/contract";
import { GenericDocumentModal } from "../../renderer/features/documents/GenericDocumentModal";
import { renderRoute } from "./render";

afterEach(cleanup);

const basis = (id: string, title: string, from: string, to: string | null): LegalBasis => ({
  id,
  title,
  docType: "nghi_dinh",
  number: "",
  issuedDate: null,
  issuer: "",
  effectiveFrom: from,
  effectiveTo: to,
  note: "",
});
// In the library's order: the repealed decree first.
const bases = [
  basis("nd91", "Nghị định số 91/2017/NĐ-CP", "2017-10-01", "2023-12-30"),
  basis("luat", "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022", "2024-01-01", null),
  basis("nd98", "Nghị định số 98/2023/NĐ-CP", "2023-12-31", "2025-06-30"),
  basis("nd152", "Nghị định số 152/2025/NĐ-CP", "2025-07-01", null),
];

it("puts the bases in force on the date first and marks the others", () => {
  expect(legalBasisOptions(bases, "2026-03-10").map((o) => o.label)).toEqual([
    "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
    "Nghị định số 152/2025/NĐ-CP",
    "Nghị định số 91/2017/NĐ-CP (hết hiệu lực)",
    "Nghị định số 98/2023/NĐ-CP (hết hiệu lực)",
  ]);
  // A document dated in 2024 may cite Nghị định 98; 152 was not in force yet.
  expect(legalBasisOptions(bases, "2024-05-02").map((o) => o.label)).toEqual([
    "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
    "Nghị định số 98/2023/NĐ-CP",
    "Nghị định số 91/2017/NĐ-CP (hết hiệu lực)",
    "Nghị định số 152/2025/NĐ-CP (chưa có hiệu lực)",
  ]);
});

it("offers them so in a document's form", async () => {
  renderRoute(<GenericDocumentModal editing={null} onClose={() => {}} />, {
    path: "/",
    url: "/",
    handlers: {
      "catalogue.listLegalBases": () => bases,
      "settings.listSigners": () => [],
    },
  });
  await userEvent.click(screen.getByLabelText(/^Căn cứ/, { selector: "input" }));
  const options = () => screen.queryAllByRole("option", { hidden: true });
  await waitFor(() => expect(options().length).toBe(4));
  expect(options().map((o) => o.textContent)).toEqual([
    "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
    "Nghị định số 152/2025/NĐ-CP",
    "Nghị định số 91/2017/NĐ-CP (hết hiệu lực)",
    "Nghị định số 98/2023/NĐ-CP (hết hiệu lực)",
  ]);
});
