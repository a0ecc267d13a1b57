// @vitest-environment happy-dom
// The people list: rows come page by page from directory.listPeople, and the page's dialogs (whose
// code loads when first opened) open over the list without replacing it.
import { cleanup, screen, within } from "@testing-library/react";
import { Suspense } from "react";
import userEvent from "@testing-library/user-event";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { PersonRow } from "../../electron/contract";
import { PeoplePage } from "../../renderer/features/directory/PeoplePage";
import { renderRoute } from "./render";

afterEach(cleanup);

// happy-dom lays nothing out: give the list's scroll box the height a window would.
const height = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "clientHeight");
beforeAll(() =>
  Object.defineProperty(HTMLElement.prototype, "clientHeight", {
    configurable: true,
    get: () => 600,
  }),
);
afterAll(() => Object.defineProperty(HTMLElement.prototype, "clientHeight", height!));

const person = (i: number): PersonRow => ({
  id: `p${i}`,
  fullName: `Trần Văn ${i}`,
  gender: "nam",
  birthYear: 1980,
  birthDate: null,
  category: "cong_chuc",
  position: i === 1 ? "Chủ tịch" : "",
  isLeader: i === 1,
  unitId: "u1",
  unitName: "UBND xã Hợp Thành",
  phone: "",
  hometown: "",
  residence: "",
  education: "",
  notes: "",
});

const kinds = {
  unitKinds: [],
  personCategories: [{ code: "cong_chuc", label: "Công chức", custom: false }],
};

function renderPeople() {
  // As in the app's shell: the page sits in a Suspense that replaces it while code loads.
  const page = (
    <Suspense fallback={<p>Đang mở trang</p>}>
      <PeoplePage />
    </Suspense>
  );
  return renderRoute(page, {
    path: "/",
    url: "/",
    handlers: {
      "directory.listPeople": (input) => ({
        rows: input.page === 1 ? [1, 2, 3].map(person) : [],
        total: 3,
      }),
      "directory.listUnits": () => [],
      "directory.listKinds": () => kinds,
    },
  });
}

describe("people page", () => {
  it("lists the people with their category label and a link to each", async () => {
    const { calls } = renderPeople();
    const table = await screen.findByRole("table", { name: "Danh sách cá nhân" });
    const link = await within(table).findByRole("link", { name: "Trần Văn 1" });
    expect(link.getAttribute("href")).toBe("/danh-ba/ca-nhan/p1");
    expect(table.getAttribute("aria-rowcount")).toBe("4");
    expect((await within(table).findAllByText("Công chức")).length).toBeGreaterThan(0);
    expect(screen.getByText("3 người")).toBeTruthy();
    // The first page is asked for once, while the page renders.
    expect(calls.filter((c) => c.channel === "directory.listPeople")).toHaveLength(1);
  });

  it("opens the add and category dialogs over the list", async () => {
    renderPeople();
    await screen.findByRole("link", { name: "Trần Văn 1" });
    await userEvent.click(screen.getByRole("button", { name: "Thêm cá nhân" }));
    // The list stays drawn while the dialog's code loads, and behind it after.
    expect(screen.queryByText("Đang mở trang")).toBeNull();
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByLabelText(/Họ và tên/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "Trần Văn 1" })).toBeTruthy();
  });

  it("opens the category list dialog", async () => {
    renderPeople();
    await screen.findByRole("link", { name: "Trần Văn 1" });
    await userEvent.click(screen.getByRole("button", { name: "Đối tượng…" }));
    expect(screen.queryByText("Đang mở trang")).toBeNull();
    const dialog = await screen.findByRole("dialog", { name: "Đối tượng cá nhân" });
    expect(within(dialog).getByText("Công chức")).toBeTruthy();
  });
});
