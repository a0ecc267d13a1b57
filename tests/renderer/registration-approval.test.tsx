// @vitest-environment happy-dom
// A registration over the CSTĐCS cap is approved only with a written reason (#13 item 13).
import { cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { approvalReasonProblem, type Registration } from "../../electron/contract";
import { StatusModal } from "../../renderer/features/registrations/RegistrationModals";
import { renderRoute } from "./render";

afterEach(cleanup);

const overCap: Registration["warnings"] = [
  {
    kind: "vuot_ty_le",
    line: null,
    message:
      "Đăng ký 3 Chiến sĩ thi đua cơ sở trên 10 Lao động tiên tiến (30%), vượt tỷ lệ 15% (tối đa 1 người).",
  },
];
const scope = { year: 2026, movementId: null, unitId: "u1" };

function open(warnings: Registration["warnings"]) {
  return renderRoute(
    <StatusModal
      status="da_duyet"
      scope={scope}
      unitName="Phòng Nội vụ"
      receivedDate="2026-01-15"
      warnings={warnings}
      onClose={() => {}}
    />,
    {
      path: "/",
      url: "/",
      handlers: { "registrations.setStatus": () => ({}) as Registration },
    },
  );
}

describe("approving over the CSTĐCS cap", () => {
  it("is a rule: a reason when over the cap, none asked otherwise", () => {
    expect(approvalReasonProblem(overCap, "  ")).toBe(
      "Bản đăng ký vượt tỷ lệ Chiến sĩ thi đua cơ sở: hãy ghi lý do duyệt vượt tỷ lệ.",
    );
    expect(approvalReasonProblem(overCap, "Đơn vị có 3 sáng kiến cấp tỉnh")).toBeNull();
    expect(approvalReasonProblem([{ ...overCap[0]!, kind: "trung_lap" }], "")).toBeNull();
  });

  it("asks the reason before approving, and sends it", async () => {
    const { calls } = open(overCap);
    expect(screen.getByText(/vượt tỷ lệ 15%/)).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Xác nhận" }));
    expect(
      await screen.findByText(
        "Bản đăng ký vượt tỷ lệ Chiến sĩ thi đua cơ sở: hãy ghi lý do duyệt vượt tỷ lệ.",
      ),
    ).toBeTruthy();
    expect(calls.some((c) => c.channel === "registrations.setStatus")).toBe(false);

    await userEvent.type(
      screen.getByLabelText(/^Lý do duyệt vượt tỷ lệ/),
      "Đơn vị có 3 sáng kiến cấp tỉnh",
    );
    await userEvent.click(screen.getByRole("button", { name: "Xác nhận" }));
    await waitFor(() =>
      expect(calls.find((c) => c.channel === "registrations.setStatus")?.input).toMatchObject({
        status: "da_duyet",
        reason: "Đơn vị có 3 sáng kiến cấp tỉnh",
      }),
    );
  });

  it("approves a registration within the cap without asking", async () => {
    const { calls } = open([]);
    expect(screen.queryByLabelText(/^Lý do duyệt/)).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Xác nhận" }));
    await waitFor(() =>
      expect(calls.some((c) => c.channel === "registrations.setStatus")).toBe(true),
    );
  });
});
