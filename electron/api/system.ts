import path from "node:path";
import { backupSummary } from "../../db/audit";
import { latestGoodBackup, listBackups } from "../../db/backup";
import { getSetting } from "../../db/queries/app-settings";
import { awardVersions, legalBasisList } from "../../db/queries/catalogue";
import { councilBySortOrder } from "../../db/queries/settings";
import { signersBySortOrder } from "../../db/queries/signers";
import type { systemProcedures } from "../contract";
import { matchesSearch } from "../domain/vietnamese";
import type { AppContext } from "./context";
import { directorySearchProviders } from "./directory-search";
import { documentsSearchProvider } from "./documents";
import type { HandlersFor } from "./router";

interface SearchHit {
  kind: string;
  kindLabel: string;
  id: string;
  title: string;
  subtitle: string;
  route: string;
}

/**
 * Sources of the global search. Each area adds its provider here; results come back grouped in
 * this order.
 */
const searchProviders: ((ctx: AppContext, q: string) => SearchHit[])[] = [
  (ctx, q) =>
    awardVersions(ctx.db)
      .filter((a) => matchesSearch(`${a.name} ${a.code}`, q))
      .map((a) => ({
        kind: "award",
        kindLabel: "Danh hiệu, hình thức",
        id: a.id,
        title: a.name,
        subtitle: a.code,
        route: "/cai-dat/danh-muc",
      })),
  (ctx, q) =>
    legalBasisList(ctx.db, "effective")
      .filter((b) => matchesSearch(`${b.title} ${b.number}`, q))
      .map((b) => ({
        kind: "legal",
        kindLabel: "Căn cứ pháp lý",
        id: b.id,
        title: b.title,
        subtitle: b.number,
        route: "/cai-dat/can-cu",
      })),
  (ctx, q) =>
    [...signersBySortOrder(ctx.db), ...councilBySortOrder(ctx.db)]
      .filter((p) => matchesSearch(p.fullName, q))
      .map((p) => ({
        kind: "person-setting",
        kindLabel: "Người ký, Hội đồng",
        id: p.id,
        title: p.fullName,
        subtitle: p.position,
        route: "role" in p ? "/cai-dat/hoi-dong" : "/cai-dat/nguoi-ky",
      })),
  ...directorySearchProviders,
  documentsSearchProvider,
];

export const systemHandlers: HandlersFor<typeof systemProcedures> = {
  "system.status": (_i, ctx) => {
    const base = {
      mode: ctx.mode,
      version: ctx.version,
      dataDir: ctx.paths.dataDir,
      databaseFile: ctx.paths.database,
    };
    if (ctx.damage !== null) {
      return {
        ...base,
        state: "damaged" as const,
        demo: false,
        damage: {
          message: ctx.damage,
          latestBackup: ctx.readOnly ? null : latestGoodBackup(ctx.paths.backups),
          readOnly: ctx.readOnly,
        },
        backupFailure: null,
      };
    }
    const ready = getSetting<boolean>(ctx.db, "setup_completed") === true;
    return {
      ...base,
      state: ready ? ("ready" as const) : ("needs_setup" as const),
      demo: getSetting<boolean>(ctx.db, "demo") === true,
      damage: null,
      backupFailure: ctx.backupFailure,
    };
  },
  "system.listBackups": (_i, ctx) =>
    listBackups(ctx.paths.backups).map((b) => ({
      ...b,
      ...backupSummary(path.join(ctx.paths.backups, b.file)),
    })),
  "system.createBackup": (_i, ctx) => ctx.backup("manual"),
  "system.restoreBackup": ({ file }, ctx) => ctx.restore(file),
  "system.repairDatabase": (_i, ctx) => ctx.repair(),
  "system.revealDataFolder": async (_i, ctx) => {
    await ctx.platform.revealInFolder(ctx.paths.dataDir);
    return { path: ctx.paths.dataDir };
  },
  "system.search": ({ q }, ctx) => {
    if (q.trim().length < 2) return [];
    return searchProviders.flatMap((p) => p(ctx, q).slice(0, 8));
  },
  "system.ping": () => ({ ok: true as const }),
};
