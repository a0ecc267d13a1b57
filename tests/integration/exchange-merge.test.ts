import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { incomingDir } from "../../electron/api/files";
import { unitToOffice } from "../../electron/exchange/purposes";
import { sampleSetup, startTestBackend, type TestBackend } from "../helpers/backend";
import { savePerson } from "../helpers/nominations";

/**
 * Property-style tests of the merge: packages from three units (one of them sent twice, before
 * and after an edit) imported at an office in every order give the same data, and importing each
 * again changes nothing.
 */
const communes = [
  { code: "XA_BL", name: "UBND xã Bình Lư" },
  { code: "XA_TH", name: "UBND xã Tân Hòa" },
  { code: "XA_AN", name: "UBND xã An Nhơn" },
];

let folder: string;
/** Package files, in the order they were written. */
const packages: { name: string; file: string }[] = [];

async function unitInstallation(code: string, name: string, people: string[]) {
  const u = await startTestBackend();
  await u.expectOk("settings.completeSetup", sampleSetup());
  const unitId = (await u.expectOk("directory.saveUnit", { code, name, kind: "xa_thi_tran" })).id;
  await u.expectOk("exchange.saveIdentity", {
    unitCode: code,
    parentCode: "PNV-VC",
    parentName: "",
  });
  const ids: string[] = [];
  for (const [i, full] of people.entries())
    ids.push(await savePerson(u, unitId, full, "Công chức", { birthYear: 1980 + i }));
  await u.expectOk("directory.saveRatingsGrid", {
    unitId,
    year: 2024,
    unitRating: "htxs",
    rows: ids.map((personId) => ({ personId, rating: "ht_tot" as const, note: "" })),
  });
  await u.expectOk("registrations.save", {
    year: 2024,
    unitId,
    titles: [{ titleCode: "TTLDTT" }],
    people: ids.map((personId) => ({ personId, titleCode: "LDTT" })),
  });
  const dossier = await u.expectOk("dossiers.save", {
    unitId,
    year: 2024,
    kind: "thuong_xuyen",
    receivedDate: "2025-03-05",
  });
  for (const personId of ids)
    await u.expectOk("dossiers.saveNomination", {
      dossierId: dossier.id,
      nomineeKind: "ca_nhan",
      personId,
      awardCode: "LDTT",
      summary: `Thành tích của ${code}`,
    });
  return { u, ids, unitId };
}

async function keep(u: TestBackend, name: string) {
  const sent = await u.expectOk("exchange.send", { purpose: "don_vi_gui", year: 2024 });
  const file = path.join(folder, `${name}.tdkt`);
  fs.copyFileSync(sent!.path, file);
  packages.push({ name, file });
}

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-merge-"));
  const units = await Promise.all([
    unitInstallation(communes[0]!.code, communes[0]!.name, ["Nguyễn Văn An", "Trần Thị Bình"]),
    unitInstallation(communes[1]!.code, communes[1]!.name, ["Lê Văn Cường"]),
    unitInstallation(communes[2]!.code, communes[2]!.name, ["Phạm Thị Dung", "Võ Văn Em"]),
  ]);
  const [bl, th, an] = units;
  await keep(bl!.u, "bl-1");
  await keep(th!.u, "th");
  await keep(an!.u, "an");
  // Bình Lư edits Bình and drops An's nomination, then sends again.
  const binh = (await bl!.u.expectOk("directory.getPerson", { id: bl!.ids[1]! })).person;
  await bl!.u.expectOk("directory.savePerson", { ...binh, position: "Phó Chủ tịch Hội LHPN" });
  const dossier = (await bl!.u.expectOk("dossiers.list", { year: 2024 })).rows[0]!;
  const detail = await bl!.u.expectOk("dossiers.get", { id: dossier.id });
  await bl!.u.expectOk("dossiers.deleteNomination", { id: detail.nominations[0]!.id });
  bl!.u.clock.advance(60_000);
  await keep(bl!.u, "bl-2");
  for (const x of units) x.u.cleanup();
  await setUpOfficeTemplate();
});
afterAll(() => {
  fs.rmSync(folder, { recursive: true, force: true });
  fs.rmSync(officeTemplate, { recursive: true, force: true });
});

/** The office, set up once: every order starts from a copy of the same data folder. */
let officeTemplate: string;
async function setUpOfficeTemplate() {
  officeTemplate = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-merge-office-"));
  const o = await startTestBackend({ dataDir: officeTemplate });
  await o.expectOk("settings.completeSetup", sampleSetup());
  for (const c of communes) await o.expectOk("directory.saveUnit", { ...c, kind: "xa_thi_tran" });
  await o.expectOk("exchange.saveIdentity", { unitCode: "PNV-VC", parentCode: "", parentName: "" });
  o.close();
}

async function office() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-merge-run-"));
  fs.cpSync(officeTemplate, dir, { recursive: true });
  const o = await startTestBackend({ dataDir: dir });
  return {
    o,
    remove: () => {
      o.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Imports a package; an older one after a newer one from the same unit is refused. */
async function importFile(
  o: TestBackend,
  file: string,
): Promise<"imported" | "already" | "refused"> {
  fs.mkdirSync(incomingDir(o.paths), { recursive: true });
  const copy = path.join(incomingDir(o.paths), `${crypto.randomUUID()}.tdkt`);
  fs.copyFileSync(file, copy);
  const opened = await o.call("exchange.open", { path: copy });
  if (!opened.ok) {
    expect(opened.error.message).toContain("cũ hơn");
    return "refused";
  }
  if (opened.value.kind === "already") return "already";
  if (opened.value.kind !== "plan") throw new Error(opened.value.kind);
  await o.expectOk("exchange.commit", { token: opened.value.token, confirmKey: true });
  return "imported";
}

/**
 * The office's live data in the tables packages write, without the times of the writes. History
 * (nomination events, the import log, record bases) records the order things happened in, so it
 * is left out, except the events of live nominations.
 */
function dataOf(o: TestBackend) {
  const out: Record<string, string[]> = {};
  const strip = (r: Record<string, unknown>) => {
    const { created_at: _c, updated_at: _u, state_changed_at: _s, ...rest } = r;
    return rest;
  };
  const rows = (sql: string) =>
    (o.backend.sqlite.prepare(sql).all() as Record<string, unknown>[])
      .map((r) => JSON.stringify(strip(r)))
      .sort();
  for (const t of unitToOffice.map((s) => s.table))
    out[t] = rows(`select * from ${t} where deleted_at is null`);
  out.events = rows(
    `select nomination_id, action, to_state, actor, at from nomination_events
     where nomination_id in (select id from nominations where deleted_at is null)`,
  );
  return out;
}

/** Every order of the list (4 packages: 24 orders). */
function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) =>
    permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]),
  );
}

describe("merging packages", () => {
  it("gives the same data whatever the order, and importing again changes nothing", async () => {
    const chosen = permutations(packages);
    let reference: ReturnType<typeof dataOf> | null = null;
    for (const order of chosen) {
      const { o, remove } = await office();
      try {
        const outcomes: string[] = [];
        for (const p of order) outcomes.push(`${p.name}:${await importFile(o, p.file)}`);
        const bl1 = order.findIndex((p) => p.name === "bl-1");
        const bl2 = order.findIndex((p) => p.name === "bl-2");
        expect(outcomes[bl1]).toBe(bl1 < bl2 ? "bl-1:imported" : "bl-1:refused");
        const data = dataOf(o);
        reference ??= data;
        expect(data, order.map((p) => p.name).join(" → ")).toEqual(reference);
        // Twice equals once.
        for (const p of order)
          expect(["already", "refused"]).toContain(await importFile(o, p.file));
        expect(dataOf(o)).toEqual(data);
      } finally {
        remove();
      }
    }
    // The end state has Bình Lư's later version: Bình's new post, An's nomination withdrawn.
    const people = reference!.people!.map(
      (r) => JSON.parse(r) as { full_name: string; position: string },
    );
    expect(people.find((p) => p.full_name === "Trần Thị Bình")?.position).toBe(
      "Phó Chủ tịch Hội LHPN",
    );
    expect(reference!.nominations).toHaveLength(4);
  });
});
