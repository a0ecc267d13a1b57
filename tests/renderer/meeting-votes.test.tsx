// @vitest-environment happy-dom
// Votes typed at a council meeting: the outcome and percentage shown while typing come from the
// contract's voteOutcome and formatPercent, and Enter moves to the next nominee.
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import type { MeetingDetail, MeetingItem } from "../../electron/contract";
import { Votes } from "../../renderer/features/meetings/MeetingVotes";
import { renderRoute } from "./render";

afterEach(cleanup);

const item = (id: string, nomineeName: string): MeetingItem => ({
  id,
  nominationId: `n-${id}`,
  dossierId: "d1",
  nomineeKind: "ca_nhan",
  nomineeName,
  nomineeDetail: "Công chức",
  dossierUnit: "UBND xã Hợp Thành",
  awardCode: "GK_CN",
  awardName: "Giấy khen",
  state: "trinh_hoi_dong",
  votesAgree: null,
  votesPresent: null,
  percent: "",
  outcome: "chua_du",
  problem: "Chưa nhập số phiếu.",
  note: "",
});

/** Seven members present; a nomination needs 4 agreeing votes. */
const meeting = {
  meeting: { id: "m1", quorum: { present: 7 } },
  items: [item("i1", "Mạc Thị Hòa"), item("i2", "Lục Văn Thuận")],
  passRule: "Trên 1/2 (50%) số thành viên có mặt đồng ý",
  votesNeeded: 4,
} as unknown as MeetingDetail;

function rowOf(name: string) {
  return screen.getByText(name).closest("tr") as HTMLElement;
}

describe("meeting votes", () => {
  it("shows the outcome and percentage of the count as it is typed", async () => {
    renderRoute(<Votes d={meeting} locked={false} />, { path: "/", url: "/", handlers: {} });
    const first = screen.getByLabelText("Số phiếu đồng ý – Mạc Thị Hòa");
    expect(within(rowOf("Mạc Thị Hòa")).getByText("Chưa đủ")).toBeTruthy();

    await userEvent.type(first, "5");
    expect(within(rowOf("Mạc Thị Hòa")).getByText("Đạt")).toBeTruthy();
    expect(within(rowOf("Mạc Thị Hòa")).getByText("71,43%")).toBeTruthy();

    await userEvent.clear(first);
    await userEvent.type(first, "3");
    expect(within(rowOf("Mạc Thị Hòa")).getByText("Không đạt")).toBeTruthy();

    await userEvent.clear(first);
    await userEvent.type(first, "9");
    expect(within(rowOf("Mạc Thị Hòa")).getByText("Chưa đủ")).toBeTruthy();
  });

  it("moves to the next nominee on Enter", async () => {
    renderRoute(<Votes d={meeting} locked={false} />, { path: "/", url: "/", handlers: {} });
    const first = screen.getByLabelText("Số phiếu đồng ý – Mạc Thị Hòa");
    first.focus();
    fireEvent.keyDown(first, { key: "Enter" });
    expect(document.activeElement).toBe(screen.getByLabelText("Số phiếu đồng ý – Lục Văn Thuận"));
  });
});
