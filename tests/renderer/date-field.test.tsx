// @vitest-environment happy-dom
// A date field keeps what the officer typed: an impossible day is refused inline and blocks the
// form, "30/3" means 30 March of the working year, and nothing is saved that was not typed.
import { cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import type { Award, AwardRecordRow } from "../../electron/contract";
import { unitFixture } from "./fixtures";
import { readTypedDate } from "../../renderer/components/DateField";
import { AwardModal } from "../../renderer/features/awards/AwardModal";
import { DossierFormModal } from "../../renderer/features/dossiers/DossierFormModal";
import { ActivityModal } from "../../renderer/features/plans/ActivityModal";
import { renderRoute } from "./render";

afterEach(cleanup);

// Not this calendar year: a short date must take the year the officer works in.
const WORKING_YEAR = 2031;
const preferences = () => ({ workingYear: WORKING_YEAR });

const unit = unitFixture("u1", "Xã Tân An");

describe("readTypedDate", () => {
  it("reads day/month/year, completes a short date with the working year, names what is wrong", () => {
    expect(readTypedDate("5/2/2025", 2031)).toEqual({ iso: "2025-02-05" });
    expect(readTypedDate(" 05.02.2025 ", 2031)).toEqual({ iso: "2025-02-05" });
    expect(readTypedDate("30/3", 2031)).toEqual({ iso: "2031-03-30" });
    expect(readTypedDate("30/03", 2031)).toEqual({ iso: "2031-03-30" });
    expect(readTypedDate("", 2031)).toEqual({ iso: null });
    expect(readTypedDate("31/02/2026", 2031)).toEqual({ error: "Ngày 31/02/2026 không có thật" });
    expect(readTypedDate("31/4", 2031)).toEqual({ error: "Ngày 31/04/2031 không có thật" });
    expect(readTypedDate("30/3/202", 2031)).toEqual({
      error: "“30/3/202” không phải là ngày: gõ ngày/tháng/năm, ví dụ 30/03/2031",
    });
  });
});

function openActivity() {
  return renderRoute(
    <ActivityModal planId="p1" activity="new" defaultQuarter={2} onClose={() => undefined} />,
    {
      path: "/",
      url: "/",
      handlers: {
        "settings.getPreferences": preferences,
        "plans.saveActivity": () => ({}) as never,
      },
    },
  );
}

const saves = (calls: { channel: string; input: unknown }[], channel: string) =>
  calls.filter((c) => c.channel === channel).map((c) => c.input as Record<string, unknown>);

describe("a plan activity's due date", () => {
  it("refuses 31/02/2026 inline and saves nothing", async () => {
    const { calls } = openActivity();
    await userEvent.type(await screen.findByLabelText(/Nội dung hoạt động/), "Sơ kết 6 tháng");
    const due = screen.getByLabelText("Hạn hoàn thành");
    await userEvent.type(due, "31/02/2026");
    await userEvent.click(screen.getByRole("button", { name: "Lưu" }));
    expect(await screen.findByText("Ngày 31/02/2026 không có thật")).toBeTruthy();
    // What was typed stays on screen for the officer to correct.
    expect((due as HTMLInputElement).value).toBe("31/02/2026");
    expect(saves(calls, "plans.saveActivity")).toEqual([]);
  });

  it.each(["30/3", "30/03"])("reads %s as 30/03 of the working year", async (typed) => {
    const { calls } = openActivity();
    await userEvent.type(await screen.findByLabelText(/Nội dung hoạt động/), "Sơ kết quý I");
    await waitFor(() => expect(saves(calls, "settings.getPreferences")).toHaveLength(1));
    const due = screen.getByLabelText("Hạn hoàn thành");
    await userEvent.type(due, typed);
    await userEvent.tab();
    expect((due as HTMLInputElement).value).toBe(`30/03/${WORKING_YEAR}`);
    await userEvent.click(screen.getByRole("button", { name: "Lưu" }));
    await waitFor(() => expect(saves(calls, "plans.saveActivity")).toHaveLength(1));
    expect(saves(calls, "plans.saveActivity")[0]).toMatchObject({
      dueDate: `${WORKING_YEAR}-03-30`,
      quarter: 1,
    });
  });

  it("saves once the impossible date is corrected", async () => {
    const { calls } = openActivity();
    await userEvent.type(await screen.findByLabelText(/Nội dung hoạt động/), "Sơ kết 6 tháng");
    const due = screen.getByLabelText("Hạn hoàn thành");
    await userEvent.type(due, "31/02/2026");
    await userEvent.tab();
    expect(await screen.findByText("Ngày 31/02/2026 không có thật")).toBeTruthy();
    await userEvent.clear(due);
    await userEvent.type(due, "28/02/2026");
    await userEvent.tab();
    expect(screen.queryByText("Ngày 31/02/2026 không có thật")).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Lưu" }));
    await waitFor(() => expect(saves(calls, "plans.saveActivity")).toHaveLength(1));
    expect(saves(calls, "plans.saveActivity")[0]).toMatchObject({ dueDate: "2026-02-28" });
  });
});

describe("a dossier's receipt date", () => {
  it("refuses 31/02/2025 instead of saving today", async () => {
    const { calls } = renderRoute(
      <DossierFormModal
        dossier={{
          id: "d1",
          unitId: "u1",
          unitName: unit.name,
          year: 2025,
          movementId: null,
          movementName: "",
          kind: "thuong_xuyen",
          receivedDate: "2025-11-20",
          unitDocNumber: "",
          unitDocDate: null,
          note: "",
          overrideReason: "",
          nominationCount: 0,
          stateCounts: {},
          missing: [],
        }}
        year={2025}
        onClose={() => undefined}
      />,
      {
        path: "/",
        url: "/",
        handlers: {
          "settings.getPreferences": preferences,
          "directory.listUnits": () => [unit],
          "movements.list": () => [],
          "dossiers.save": () => ({}) as never,
        },
      },
    );
    const received = await screen.findByLabelText(/Ngày tiếp nhận/);
    await userEvent.clear(received);
    await userEvent.type(received, "31/02/2025");
    await userEvent.click(screen.getByRole("button", { name: "Lưu" }));
    expect(await screen.findByText("Ngày 31/02/2025 không có thật")).toBeTruthy();
    expect(saves(calls, "dossiers.save")).toEqual([]);
  });
});

describe("the registry's decision date", () => {
  it("refuses 31/02/2025 instead of saving no date", async () => {
    const award: Award = {
      id: "a1",
      code: "GK_TT",
      name: "Giấy khen tập thể",
      recipientKind: "tap_the",
      kind: "hinh_thuc",
      conferredBy: "",
      coefficient: null,
      criteria: "",
      validFrom: "2020-01-01",
      validTo: null,
      sortOrder: 1,
    } as Award;
    const record: AwardRecordRow = {
      id: "r1",
      year: 2025,
      recipientKind: "tap_the",
      personId: null,
      unitId: "u1",
      householdId: null,
      recipientName: unit.name,
      unitName: unit.name,
      awardCode: "GK_TT",
      awardName: award.name,
      decisionNumber: "15/QĐ-UBND",
      decisionDate: null,
      issuer: "",
      source: "nhap_tay",
      decisionId: null,
      cancelledBy: null,
      cancelledOn: null,
      note: "",
    } as AwardRecordRow;
    const { calls } = renderRoute(
      <AwardModal record={record} defaultYear={2025} onClose={() => undefined} />,
      {
        path: "/",
        url: "/",
        handlers: {
          "settings.getPreferences": preferences,
          "directory.listUnits": () => [unit],
          "catalogue.listAwards": () => [award],
          "awards.save": () => ({}) as never,
        },
      },
    );
    await userEvent.type(await screen.findByLabelText("Ngày quyết định"), "31/02/2025");
    await userEvent.click(screen.getByRole("button", { name: "Lưu" }));
    expect(await screen.findByText("Ngày 31/02/2025 không có thật")).toBeTruthy();
    expect(saves(calls, "awards.save")).toEqual([]);
  });
});
