// @vitest-environment happy-dom
// The dossier page's workflow: which steps a selection can take together, which need a written
// reason first, and when the dossier may be deleted — rules the page takes from the contract.
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import type { DossierDetail, Nomination } from "../../electron/contract";
import { DossierPage } from "../../renderer/features/dossiers/DossierPage";
import { renderRoute } from "./render";

afterEach(cleanup);

function nomination(id: string, name: string, patch: Partial<Nomination> = {}): Nomination {
  return {
    id,
    dossierId: "d1",
    nomineeKind: "ca_nhan",
    personId: `p-${id}`,
    unitId: null,
    householdId: null,
    nomineeName: name,
    nomineeDetail: "Công chức, Xã Thạnh Phú",
    awardCode: "LDTT",
    awardName: "Lao động tiên tiến",
    officeCanConfer: true,
    summary: "",
    state: "tiep_nhan",
    stateChangedAt: 0,
    eligibility: { level: "ok", results: [] },
    eligibilityOverride: null,
    actions: [
      { action: "tham_dinh", blockedBy: null },
      { action: "tra_lai", blockedBy: null },
    ],
    ...patch,
  };
}

function detail(nominations: Nomination[]): DossierDetail {
  return {
    dossier: {
      id: "d1",
      unitId: "u1",
      unitName: "UBND xã Thạnh Phú",
      year: 2026,
      movementId: null,
      movementName: "",
      kind: "thuong_xuyen",
      receivedDate: "2026-11-20",
      unitDocNumber: "12/TTr-UBND",
      unitDocDate: "2026-11-18",
      note: "",
      overrideReason: "",
      nominationCount: nominations.length,
      stateCounts: {},
      missing: [],
    },
    components: [],
    nominations,
  };
}

function open(nominations: Nomination[]) {
  return renderRoute(<DossierPage />, {
    path: "/ho-so/:id",
    url: "/ho-so/d1",
    handlers: {
      "dossiers.get": () => detail(nominations),
      "dossiers.transition": (input) => ({ moved: input.ids.length }),
    },
  });
}

const row = (name: string) => screen.getByRole("row", { name: new RegExp(`Đề nghị ${name}`) });

describe("dossier page", () => {
  it("runs a step without a reason straight away", async () => {
    const { calls } = open([nomination("n1", "Lê Văn An")]);
    await userEvent.click(
      await within(await screen.findByRole("row", { name: /Đề nghị Lê Văn An/ })).findByRole(
        "button",
        { name: "Thẩm định đạt" },
      ),
    );
    await waitFor(() =>
      expect(calls.filter((c) => c.channel === "dossiers.transition")).toEqual([
        { channel: "dossiers.transition", input: { ids: ["n1"], action: "tham_dinh" } },
      ]),
    );
  });

  it("asks for the reason of a return before calling the backend", async () => {
    const { calls } = open([nomination("n1", "Lê Văn An")]);
    await screen.findByRole("row", { name: /Đề nghị Lê Văn An/ });
    await userEvent.click(within(row("Lê Văn An")).getByRole("button", { name: "Trả lại" }));
    expect(await screen.findByRole("dialog", { name: "Trả lại – Lê Văn An" })).toBeTruthy();
    expect(calls.some((c) => c.channel === "dossiers.transition")).toBe(false);
  });

  it("offers for a selection only the steps every selected nomination can take", async () => {
    open([
      nomination("n1", "Lê Văn An"),
      nomination("n2", "Trần Thị Bình", {
        state: "tham_dinh",
        actions: [
          { action: "tra_lai", blockedBy: null },
          { action: "trinh_hoi_dong", blockedBy: null },
        ],
      }),
    ]);
    await screen.findByRole("row", { name: /Đề nghị Lê Văn An/ });
    await userEvent.click(screen.getByLabelText("Chọn Lê Văn An"));
    await userEvent.click(screen.getByLabelText("Chọn Trần Thị Bình"));
    const bulk = screen.getByLabelText("Thao tác với các đề nghị đã chọn");
    expect(within(bulk).getByText("Đã chọn 2:")).toBeTruthy();
    const offered = within(bulk)
      .getAllByRole("button")
      .map((b) => b.textContent);
    expect(offered).toEqual(["Trả lại", "Bỏ chọn"]);
  });

  it("lets the dossier be deleted only while every nomination is still at receipt", async () => {
    open([
      nomination("n1", "Lê Văn An"),
      nomination("n2", "Trần Thị Bình", { state: "tham_dinh" }),
    ]);
    const button = await screen.findByRole("button", { name: "Xóa hồ sơ" });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    cleanup();
    open([nomination("n1", "Lê Văn An")]);
    const enabled = await screen.findByRole("button", { name: "Xóa hồ sơ" });
    expect((enabled as HTMLButtonElement).disabled).toBe(false);
  });

  it("edits and deletes only nominations that are still editable", async () => {
    open([
      nomination("n1", "Lê Văn An"),
      nomination("n2", "Trần Thị Bình", { state: "tham_dinh" }),
    ]);
    await screen.findByRole("row", { name: /Đề nghị Lê Văn An/ });
    expect(within(row("Lê Văn An")).queryByLabelText("Sửa Lê Văn An")).toBeTruthy();
    expect(within(row("Trần Thị Bình")).queryByLabelText("Sửa Trần Thị Bình")).toBeNull();
  });
});
