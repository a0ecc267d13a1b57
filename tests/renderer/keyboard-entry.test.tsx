// @vitest-environment happy-dom
// Typing from the keyboard: pickers find names without tone marks and list the best match
// first, and in the registration grid the focus follows the row being typed.
import { cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import type { PersonRow, Registration } from "../../electron/contract";
import { unitFixture } from "./fixtures";
import { RatingsPage } from "../../renderer/features/directory/RatingsPage";
import { DossierFormModal } from "../../renderer/features/dossiers/DossierFormModal";
import { RegistrationPage } from "../../renderer/features/registrations/RegistrationPage";
import { matchRank } from "../../renderer/lib/folded-filter";
import { renderRoute } from "./render";

afterEach(cleanup);

const unit = unitFixture;

// In the list's own order, "Xã Tân An" comes after names that only contain the words.
const units = [
  "Trung tâm Văn hóa – Thể thao",
  "Xã Tân Thạnh",
  "Xã An Tân",
  "Trường THCS Tân An Hội",
  "Xã Tân An Hội",
  "Tân An",
  "Trường Mầm non Tân An",
  "Xã Tân An",
  "Phòng Nội vụ",
].map((name, i) => unit(`u${i}`, name));

/** The options a picker lists for what was typed into it, in order. */
async function optionsFor(input: HTMLElement, typed: string) {
  await userEvent.clear(input);
  await userEvent.type(input, typed);
  const options = () => screen.queryAllByRole("option", { hidden: true });
  await waitFor(() => expect(options().length).toBeGreaterThan(0));
  return options().map((o) => o.textContent);
}

describe("matchRank", () => {
  it("puts the whole name, then the name after its kind, then a word start, then any word", () => {
    expect(matchRank("Tân An", "tan an")).toBe(0);
    expect(matchRank("Xã Tân An", "Tân An")).toBe(1);
    expect(matchRank("Xã Tân An Hội", "tân an")).toBe(2);
    expect(matchRank("Xã Tân Thạnh", "tan an")).toBe(3);
    expect(matchRank("Phòng Nội vụ", "tan an")).toBeNull();
    expect(matchRank("Trung tâm Văn hóa", "trung tam")).toBe(2);
  });
});

describe("pickers", () => {
  it("find a unit without tone marks where no filter was set on the picker", async () => {
    renderRoute(<RatingsPage />, {
      path: "/",
      url: "/",
      handlers: {
        "settings.getPreferences": () => ({ workingYear: 2026 }),
        "directory.listUnits": () => units,
      },
    });
    const picker = await screen.findByLabelText("Đơn vị");
    await waitFor(() => expect(picker.getAttribute("aria-haspopup")).toBe("listbox"));
    expect(await optionsFor(picker, "trung tam")).toEqual(["Trung tâm Văn hóa – Thể thao"]);
  });

  it("list the exact name first, then names starting with it, then names containing it", async () => {
    renderRoute(<DossierFormModal dossier="new" year={2026} onClose={() => undefined} />, {
      path: "/",
      url: "/",
      handlers: {
        "settings.getPreferences": () => ({ workingYear: 2026 }),
        "directory.listUnits": () => units,
        "movements.list": () => [],
      },
    });
    const picker = await screen.findByLabelText(/Đơn vị trình/);
    expect(await optionsFor(picker, "Tân An")).toEqual([
      "Tân An",
      "Xã Tân An",
      "Trường Mầm non Tân An",
      "Xã Tân An Hội",
      "Trường THCS Tân An Hội",
      "Xã An Tân",
      "Xã Tân Thạnh",
    ]);
  });
});

describe("the registration grid", () => {
  const lan: PersonRow = {
    id: "p1",
    fullName: "Trần Thị Lan",
    gender: "nu",
    birthYear: 1988,
    birthDate: null,
    category: "cong_chuc",
    position: "Công chức Văn hóa – Xã hội",
    isLeader: false,
    unitId: "u6",
    unitName: "Xã Tân An",
    phone: "",
    hometown: "",
    residence: "",
    education: "",
    notes: "",
  };
  const reg: Registration = {
    id: null,
    year: 2026,
    movementId: null,
    unitId: "u6",
    unitName: "Xã Tân An",
    status: "chua_nop",
    receivedDate: null,
    reason: "",
    note: "",
    titles: [],
    targets: [],
    people: [
      {
        personId: null,
        fullName: "",
        birthYear: null,
        position: "",
        isLeader: false,
        titleCode: "LDTT",
        note: "",
        lastYearRating: null,
      },
    ],
    warnings: [],
    deadline: null,
    titleOptions: [{ code: "LDTT", name: "Lao động tiên tiến", recipientKind: "ca_nhan" }],
  };

  function open() {
    return renderRoute(<RegistrationPage />, {
      path: "/dang-ky/:unitId",
      url: "/dang-ky/u6",
      handlers: {
        "settings.getPreferences": () => ({ workingYear: 2026 }),
        "registrations.get": () => reg,
        "registrations.check": () => [],
        "directory.listPeople": () => ({ rows: [lan], total: 1 }),
      },
    });
  }

  it("keeps the focus in the row after a person is picked with Enter", async () => {
    open();
    await userEvent.type(await screen.findByLabelText("Cá nhân dòng 1"), "lan");
    await screen.findByRole("option", { name: /Trần Thị Lan/, hidden: true });
    await userEvent.keyboard("{ArrowDown}{Enter}");
    await screen.findByText("Trần Thị Lan");
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByLabelText("Chức vụ dòng 1")),
    );
  });

  it("moves the focus to the row that Enter on the last row adds", async () => {
    open();
    const note = await screen.findByLabelText("Ghi chú dòng 1");
    await userEvent.type(note, "Mới chuyển đến{Enter}");
    const next = await screen.findByLabelText("Cá nhân dòng 2", { selector: "input" });
    await waitFor(() => expect(document.activeElement).toBe(next));
    await userEvent.keyboard("lan");
    expect((next as HTMLInputElement).value).toBe("lan");
    expect(screen.getByLabelText<HTMLInputElement>("Ghi chú dòng 1").value).toBe("Mới chuyển đến");
  });
});
