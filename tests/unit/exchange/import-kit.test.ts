import { describe, expect, it } from "vitest";
import { AppError } from "../../../electron/app-errors";
import {
  countByStatus,
  expiredPreviewMessage,
  planFile,
  PreviewStore,
  shownFileName,
} from "../../../electron/exchange/import-kit";
import { SheetError } from "../../../electron/exchange/xlsx-read";

const db = {};

function caught(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("no error thrown");
}

describe("PreviewStore", () => {
  it("gives back a preview by its token for the same database only", () => {
    const store = new PreviewStore<string>();
    const token = store.put(db, "plan", 1000);
    expect(store.get(db, token, 2000)).toBe("plan");
    const other = caught(() => store.get({}, token, 2000));
    expect(other.code).toBe("NOT_FOUND");
    expect(other.message).toBe(expiredPreviewMessage);
  });

  it("forgets a preview after its time", () => {
    const store = new PreviewStore<string>(60_000);
    const token = store.put(db, "plan", 0);
    expect(caught(() => store.get(db, token, 60_001)).message).toBe(expiredPreviewMessage);
  });

  it("keeps at most the newest previews, dropping the oldest", () => {
    const store = new PreviewStore<number>(60_000, 3);
    const tokens = [1, 2, 3, 4].map((n) => store.put(db, n, n));
    expect(store.size).toBe(3);
    expect(caught(() => store.get(db, tokens[0]!, 5)).code).toBe("NOT_FOUND");
    expect(store.get(db, tokens[3]!, 5)).toBe(4);
  });

  it("keeps the planned rows of all previews under a limit, dropping the oldest", () => {
    const store = new PreviewStore<string>(60_000, 8, 1000);
    const a = store.put(db, "a", 1, 600);
    const b = store.put(db, "b", 2, 300);
    const c = store.put(db, "c", 3, 500);
    expect(caught(() => store.get(db, a, 4)).code).toBe("NOT_FOUND");
    expect(store.get(db, b, 4)).toBe("b");
    expect(store.get(db, c, 4)).toBe("c");
    // A single preview over the limit is still kept (alone): the officer is looking at it.
    const big = store.put(db, "big", 5, 5000);
    expect(store.size).toBe(1);
    expect(store.get(db, big, 6)).toBe("big");
  });

  it("a committed preview cannot be committed again", () => {
    const store = new PreviewStore<string>();
    const token = store.put(db, "plan", 0);
    store.delete(token);
    expect(caught(() => store.get(db, token, 1)).code).toBe("NOT_FOUND");
  });
});

describe("import helpers", () => {
  it("turns an unreadable sheet into the officer's message", async () => {
    await expect(
      planFile(() => Promise.reject(new SheetError("Tệp không phải tệp Excel (.xlsx)."))),
    ).rejects.toMatchObject({ code: "VALIDATION", message: "Tệp không phải tệp Excel (.xlsx)." });
    await expect(planFile(() => Promise.reject(new RangeError("x")))).rejects.toBeInstanceOf(
      RangeError,
    );
  });

  it("shows the chosen file name without the upload prefix", () => {
    expect(
      shownFileName("/data/incoming/0190a6c2-1b2c-7d3e-8f40-123456789abc-Danh sách.xlsx"),
    ).toBe("Danh sách.xlsx");
    expect(shownFileName("/tmp/Danh sách.xlsx")).toBe("Danh sách.xlsx");
  });

  it("counts every status, zero when absent", () => {
    const rows = [{ status: "new" }, { status: "error" }, { status: "new" }] as const;
    expect(countByStatus(rows, ["new", "update", "duplicate", "error"])).toEqual({
      new: 2,
      update: 0,
      duplicate: 0,
      error: 1,
    });
  });
});
