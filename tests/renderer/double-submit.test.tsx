// @vitest-environment happy-dom
// A double-click on a button that saves or issues sends one request; another input still goes.
import { Button } from "@mantine/core";
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { useApiMutation } from "../../renderer/api/hooks";
import { renderRoute } from "./render";

afterEach(cleanup);

function IssueButtons() {
  const issue = useApiMutation("documents.deleteDraft");
  return (
    <>
      <Button onClick={() => issue.mutate({ id: "d1" })}>Xóa dự thảo 1</Button>
      <Button onClick={() => issue.mutate({ id: "d2" })}>Xóa dự thảo 2</Button>
    </>
  );
}

describe("useApiMutation", () => {
  it("ignores the same call while it runs, not another one", async () => {
    const { calls } = renderRoute(<IssueButtons />, {
      path: "/",
      url: "/",
      handlers: { "documents.deleteDraft": () => ({ ok: true as const }) },
    });
    // Two clicks before the first answer (before React even re-renders the button as loading).
    const first = screen.getByRole("button", { name: "Xóa dự thảo 1" });
    fireEvent.click(first);
    fireEvent.click(first);
    fireEvent.click(screen.getByRole("button", { name: "Xóa dự thảo 2" }));
    await waitFor(() => expect(calls.map((c) => c.input)).toEqual([{ id: "d1" }, { id: "d2" }]));
    // Once the first has finished, the same call can be made again.
    await waitFor(async () => {
      await userEvent.click(screen.getByRole("button", { name: "Xóa dự thảo 1" }));
      expect(calls.filter((c) => (c.input as { id: string }).id === "d1").length).toBe(2);
    });
  });
});
