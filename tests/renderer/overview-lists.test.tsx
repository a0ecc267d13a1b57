// @vitest-environment happy-dom
// The overview's cards list the first few things to do; “và … việc khác…” opens the rest, each
// a link to its page (#13 item 13).
import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, expect, it } from "vitest";
import type { OutputOf } from "../../electron/contract";
import { DashboardPanel } from "../../renderer/features/plans/DashboardPanel";
import { renderRoute } from "./render";

afterEach(cleanup);

type Dashboard = OutputOf<"plans.dashboard">;
const overdue: Dashboard["overdue"] = Array.from({ length: 11 }, (_, i) => ({
  date: `2026-02-${String(i + 1).padStart(2, "0")}`,
  title: `Việc quá hạn số ${i + 1}`,
  source: "Kế hoạch năm – Quý I",
  status: "qua_han",
  route: "/ke-hoach",
}));

it("opens the whole list from “và 5 việc khác…”, every item a link", async () => {
  const dashboard: Dashboard = {
    year: 2026,
    today: "2026-03-10",
    hasPlan: true,
    overdue,
    dueThisWeek: [],
    dueThisMonth: [],
    quarters: [1, 2, 3, 4].map((quarter) => ({ quarter, done: 0, total: 3 })),
    upcoming: [],
  };
  renderRoute(<DashboardPanel year={2026} />, {
    path: "/",
    url: "/",
    handlers: { "plans.dashboard": () => dashboard },
  });
  const card = (await screen.findByText("Quá hạn")).closest<HTMLElement>(".mantine-Card-root")!;
  expect(within(card).getAllByRole("link")).toHaveLength(6);
  await userEvent.click(within(card).getByRole("button", { name: "và 5 việc khác…" }));
  const links = within(card).getAllByRole("link");
  expect(links).toHaveLength(11);
  expect(links.at(-1)!.textContent).toContain("Việc quá hạn số 11");
  expect(links.at(-1)!.getAttribute("href")).toBe("/ke-hoach");
  await userEvent.click(within(card).getByRole("button", { name: "Thu gọn" }));
  expect(within(card).getAllByRole("link")).toHaveLength(6);
});
