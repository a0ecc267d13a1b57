// @vitest-environment happy-dom
// Input not saved yet is never dropped without a question: leaving the page (side menu, search,
// back), choosing another unit on the scoring page, or closing the window asks first.
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import type { Movement, Registration, ScoreTableDetail } from "../../electron/contract";
import { MovementPage } from "../../renderer/features/movements/MovementPage";
import { RegistrationPage } from "../../renderer/features/registrations/RegistrationPage";
import { ScoreTablePage } from "../../renderer/features/scoring/ScoreTablePage";
import { renderRoute } from "./render";

afterEach(cleanup);

const elsewhere = [{ path: "/ke-hoach", element: <p>Trang kế hoạch</p> }];

const leaveModal = () => screen.findByRole("dialog", { name: "Bỏ thay đổi chưa lưu?" });

/** What the side menu does: a link to another page. */
async function leaveTo(router: { navigate(to: string): Promise<void> }, to: string) {
  await router.navigate(to);
}

/** The browser's question before the window closes: true when the page asks to stay. */
function closingIsHeldBack() {
  const event = new Event("beforeunload", { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

const movement: Movement = {
  id: "m1",
  kind: "chuyen_de",
  name: "Phong trào Chung sức xây dựng nông thôn mới",
  theme: "",
  slogan: "",
  startDate: "2026-01-01",
  endDate: "2026-12-31",
  year: 2026,
  legalBasisIds: [],
  purposes: "",
  requirements: "",
  targets: [],
  participantUnitKinds: [],
  participantCategories: [],
  registrationDeadline: null,
  dossierDeadline: null,
  reportDeadline: null,
  launchLevel: null,
  scope: null,
  launchDecisionDate: null,
  allocations: [],
};

describe("a half-filled movement", () => {
  function open() {
    return renderRoute(<MovementPage />, {
      path: "/phong-trao/:id",
      url: "/phong-trao/m1",
      otherRoutes: elsewhere,
      handlers: {
        "settings.getPreferences": () => ({ workingYear: 2026 }),
        "movements.get": () => movement,
      },
    });
  }

  it("asks before the side menu leaves it; “Ở lại” keeps the input", async () => {
    const { router } = open();
    const slogan = await screen.findByLabelText("Khẩu hiệu");
    expect(closingIsHeldBack()).toBe(false);
    await userEvent.type(slogan, "Thi đua là yêu nước");
    await leaveTo(router, "/ke-hoach");
    const modal = await leaveModal();
    expect(closingIsHeldBack()).toBe(true);
    await userEvent.click(within(modal).getByRole("button", { name: "Ở lại" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(router.state.location.pathname).toBe("/phong-trao/m1");
    expect(screen.getByLabelText<HTMLInputElement>("Khẩu hiệu").value).toBe("Thi đua là yêu nước");
  });

  it("leaves when the officer chooses “Bỏ thay đổi”", async () => {
    const { router } = open();
    await userEvent.type(await screen.findByLabelText("Khẩu hiệu"), "Thi đua là yêu nước");
    await leaveTo(router, "/ke-hoach");
    await userEvent.click(within(await leaveModal()).getByRole("button", { name: "Bỏ thay đổi" }));
    expect(await screen.findByText("Trang kế hoạch")).toBeTruthy();
    expect(closingIsHeldBack()).toBe(false);
  });

  it("does not ask when nothing was changed", async () => {
    const { router } = open();
    await screen.findByLabelText("Khẩu hiệu");
    await leaveTo(router, "/ke-hoach");
    expect(await screen.findByText("Trang kế hoạch")).toBeTruthy();
  });
});

describe("a registration with unsaved changes", () => {
  it("asks before the side menu leaves it", async () => {
    const reg: Registration = {
      id: "r1",
      year: 2026,
      movementId: null,
      unitId: "u1",
      unitName: "Xã Tân An",
      status: "da_nop",
      receivedDate: "2026-01-20",
      reason: "",
      note: "",
      titles: [],
      targets: [],
      people: [],
      warnings: [],
      deadline: null,
      titleOptions: [{ code: "LDTT", name: "Lao động tiên tiến", recipientKind: "ca_nhan" }],
    };
    const { router } = renderRoute(<RegistrationPage />, {
      path: "/dang-ky/:unitId",
      url: "/dang-ky/u1",
      otherRoutes: elsewhere,
      handlers: {
        "settings.getPreferences": () => ({ workingYear: 2026 }),
        "registrations.get": () => reg,
        "registrations.check": () => [],
      },
    });
    await userEvent.type(await screen.findByLabelText("Ghi chú của bản đăng ký"), "Bổ sung sau");
    expect(screen.getByText("Có thay đổi chưa lưu.")).toBeTruthy();
    await leaveTo(router, "/ke-hoach");
    await userEvent.click(within(await leaveModal()).getByRole("button", { name: "Ở lại" }));
    expect(router.state.location.pathname).toBe("/dang-ky/u1");
    expect(screen.getByText("Có thay đổi chưa lưu.")).toBeTruthy();
  });
});

describe("a Phúc tra score typed on the scoring page", () => {
  const detail: ScoreTableDetail = {
    table: {
      id: "t1",
      year: 2026,
      clusterId: "c1",
      clusterName: "Cụm thi đua số 1",
      name: "Bảng điểm cụm 1",
      memberCount: 2,
      criteriaCount: 1,
      bonusLimit: 5,
      penaltyLimit: 5,
      tieBreak: "diem_chuan",
      prizes: [],
    },
    criteria: [
      {
        id: "k1",
        parentId: null,
        code: "1",
        title: "Công tác tổ chức phong trào",
        maxPoints: 100,
        kind: "base",
        isLeaf: true,
      },
    ],
    problems: [],
    members: [
      { unitId: "u1", unitName: "Xã Tân An", role: "truong" },
      { unitId: "u2", unitName: "Xã Tân Bình", role: "thanh_vien" },
    ],
    scores: [],
    results: [],
  };

  function open() {
    return renderRoute(<ScoreTablePage />, {
      path: "/giao-uoc/:id",
      url: "/giao-uoc/t1",
      otherRoutes: elsewhere,
      handlers: { "scoring.getTable": () => detail },
    });
  }

  async function typeScore() {
    await userEvent.click(await screen.findByRole("tab", { name: "Chấm điểm" }));
    await userEvent.type(await screen.findByLabelText("Phúc tra 1"), "85");
  }

  async function chooseUnit(name: string) {
    await userEvent.click(screen.getByLabelText("Đơn vị"));
    await userEvent.click(await screen.findByRole("option", { name, hidden: true }));
  }

  it("asks before another unit is chosen; “Ở lại” keeps the score", async () => {
    open();
    await typeScore();
    await chooseUnit("Xã Tân Bình");
    await userEvent.click(within(await leaveModal()).getByRole("button", { name: "Ở lại" }));
    expect(screen.getByLabelText<HTMLInputElement>("Đơn vị").value).toBe("Xã Tân An");
    expect(screen.getByLabelText<HTMLInputElement>("Phúc tra 1").value).toBe("85");
  });

  it("shows the other unit once the score is given up", async () => {
    open();
    await typeScore();
    await chooseUnit("Xã Tân Bình");
    await userEvent.click(within(await leaveModal()).getByRole("button", { name: "Bỏ thay đổi" }));
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLInputElement>("Đơn vị").value).toBe("Xã Tân Bình"),
    );
    expect(screen.getByLabelText<HTMLInputElement>("Phúc tra 1").value).toBe("");
  });

  it("asks before another tab or page hides the score", async () => {
    const { router } = open();
    await typeScore();
    await userEvent.click(screen.getByRole("tab", { name: "Xếp hạng" }));
    await userEvent.click(within(await leaveModal()).getByRole("button", { name: "Ở lại" }));
    expect(screen.getByLabelText<HTMLInputElement>("Phúc tra 1").value).toBe("85");
    await leaveTo(router, "/ke-hoach");
    expect(await leaveModal()).toBeTruthy();
  });
});
