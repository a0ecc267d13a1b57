import { z } from "zod";
import { empty, id, okOutput, requiredText } from "./common";
import { mutation, query } from "./define";
import { roles, type Role } from "./vocabulary";

/**
 * Accounts, sign-in and what each procedure needs. Until the first administrator is created the
 * installation is open, as every version before accounts was; from then on every procedure but
 * the public ones needs a signed-in account allowed to call it (checked by the router).
 */

/** What a procedure needs. */
export type Access = "public" | "self" | "read" | "edit" | "approve" | "vote" | "admin";

export const accessLabels: Record<Exclude<Access, "public" | "self">, string> = {
  read: "xem dữ liệu",
  edit: "nhập, sửa dữ liệu",
  approve: "ban hành, hủy văn bản và quyết định",
  vote: "ghi kết quả biểu quyết của Hội đồng",
  admin: "quản trị (tài khoản, cài đặt, danh mục, sao lưu)",
};

/** Procedures that need other than the default (queries: read; mutations: edit). */
const declared: Record<string, Access> = {
  "auth.status": "public",
  "auth.login": "public",
  "auth.logout": "public",
  "auth.createFirstAdmin": "public",
  "auth.recover": "public",
  "auth.autoSignIn": "public",
  "system.status": "public",
  "settings.getProfile": "public",
  "auth.changePassword": "self",
  "settings.savePreferences": "self",
  "auth.accounts": "admin",
  "auth.saveAccount": "admin",
  "auth.setDisabled": "admin",
  "auth.resetPassword": "admin",
  "auth.saveSettings": "admin",
  "settings.completeSetup": "admin",
  "settings.saveProfile": "admin",
  "settings.saveSigner": "admin",
  "settings.deleteSigner": "admin",
  "settings.reorderSigners": "admin",
  "settings.saveCouncilMember": "admin",
  "settings.deleteCouncilMember": "admin",
  "settings.reorderCouncil": "admin",
  "settings.saveBaseSalary": "admin",
  "settings.deleteBaseSalary": "admin",
  "settings.saveRounding": "admin",
  "catalogue.saveAward": "admin",
  "catalogue.deleteAward": "admin",
  "catalogue.saveLegalBasis": "admin",
  "catalogue.deleteLegalBasis": "admin",
  "catalogue.restoreDefaults": "admin",
  "system.createBackup": "admin",
  "system.restoreBackup": "admin",
  "system.repairDatabase": "admin",
  "exchange.saveIdentity": "admin",
  "statistics.saveForm": "admin",
  "statistics.deleteForm": "admin",
  "documents.issue": "approve",
  "decisions.issue": "approve",
  "decisions.cancel": "approve",
  "meetings.recordVotes": "vote",
  // Files made from what is there, changing nothing: whoever may read may make them.
  "awards.importTemplate": "read",
  "awards.export": "read",
  "awards.historySheet": "read",
  "audit.verify": "read",
  "audit.export": "read",
  "certificates.printTestPage": "read",
  "decisions.exportRecipients": "read",
  "directory.importTemplate": "read",
  "directory.exportPeople": "read",
  "directory.exportHouseholds": "read",
  "directory.exportUnits": "read",
  "directory.exportClusters": "read",
  "directory.exportInitiatives": "read",
  "directory.exportRatings": "read",
  "documents.exportPdf": "read",
  "documents.preview": "read",
  "documents.exportRegister": "read",
  "documents.exportTemplate": "read",
  "dossiers.importTemplate": "read",
  "plans.exportPeriodReport": "read",
  "registrations.importTemplate": "read",
  "registrations.exportRollup": "read",
  "reports.exportStatistics": "read",
  "scoring.exportPact": "read",
  "scoring.exportRanking": "read",
  "statistics.exportForm": "read",
  "statistics.exportAll": "read",
  "system.revealDataFolder": "read",
};

/** What a procedure needs: one rule for the router, the renderer and the tests. */
export function accessOf(channel: string, kind: "query" | "mutation"): Access {
  return declared[channel] ?? (kind === "query" ? "read" : "edit");
}

const roleAccess: Record<Role, readonly Access[]> = {
  quan_tri: ["self", "read", "edit", "approve", "vote", "admin"],
  chuyen_vien: ["self", "read", "edit"],
  lanh_dao: ["self", "read", "approve"],
  chi_xem: ["self", "read"],
};

/** Whether an account may call a procedure needing `access`. */
export function mayCall(account: { role: Role; recordsVotes: boolean }, access: Access): boolean {
  if (access === "public") return true;
  if (access === "vote" && account.recordsVotes) return true;
  return roleAccess[account.role].includes(access);
}

export const MIN_PASSWORD = 8;
export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MINUTES = 5;

const password = z
  .string({ error: "Chưa nhập mật khẩu" })
  .min(MIN_PASSWORD, `Mật khẩu phải có ít nhất ${MIN_PASSWORD} ký tự`)
  .max(200, "Mật khẩu quá dài");
const username = z
  .string({ error: "Chưa nhập tên đăng nhập" })
  .trim()
  .toLowerCase()
  .min(3, "Tên đăng nhập phải có ít nhất 3 ký tự")
  .max(40, "Tên đăng nhập quá dài")
  .regex(/^[a-z0-9._-]+$/, "Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm, gạch nối");

export const accountSchema = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  role: z.enum(roles),
  recordsVotes: z.boolean(),
  disabled: z.boolean(),
  lastSignInAt: z.number().nullable(),
});
export type Account = z.infer<typeof accountSchema>;

const signedIn = z.object({ session: z.string(), account: accountSchema });

export const firstAdminInput = z.object({
  fullName: requiredText("Họ và tên", 100),
  username,
  password,
});

export const accountInput = z.object({
  id: id.optional(),
  fullName: requiredText("Họ và tên", 100),
  username,
  role: z.enum(roles, { error: "Chọn vai trò" }),
  recordsVotes: z.boolean().default(false),
  /** Required for a new account; ignored when editing (reset it with auth.resetPassword). */
  password: password.optional(),
});

export const authProcedures = {
  /** Whether accounts exist, who is signed in on this session, the idle lock's minutes. */
  "auth.status": query(
    empty,
    z.object({
      accountsExist: z.boolean(),
      account: accountSchema.nullable(),
      idleMinutes: z.number(),
      /** The account this PC signs in automatically (chosen by the administrator); null: none. */
      autoSignIn: z.object({ id: z.string(), fullName: z.string() }).nullable(),
    }),
  ),
  /** Signs in the account chosen for automatic sign-in on this PC; refused when none is. */
  "auth.autoSignIn": mutation(empty, signedIn),
  "auth.login": mutation(
    z.object({ username: z.string().trim().toLowerCase().max(40), password: z.string().max(200) }),
    signedIn,
  ),
  "auth.logout": mutation(empty, okOutput),
  /** The first administrator of an installation (refused once one exists); the code shows once. */
  "auth.createFirstAdmin": mutation(firstAdminInput, signedIn.extend({ recoveryCode: z.string() })),
  /** The administrator's password reset with the recovery code; a new code replaces it. */
  "auth.recover": mutation(
    z.object({
      username: z.string().trim().toLowerCase().max(40),
      recoveryCode: z.string().max(40),
      password,
    }),
    signedIn.extend({ recoveryCode: z.string() }),
  ),
  "auth.changePassword": mutation(z.object({ current: z.string().max(200), password }), okOutput),
  "auth.accounts": query(empty, z.array(accountSchema)),
  "auth.saveAccount": mutation(accountInput, accountSchema),
  "auth.setDisabled": mutation(z.object({ id, disabled: z.boolean() }), accountSchema),
  "auth.resetPassword": mutation(z.object({ id, password }), okOutput),
  "auth.saveSettings": mutation(
    z.object({
      idleMinutes: z
        .number({ error: "Số phút phải là số" })
        .int()
        .min(1, "Ít nhất 1 phút")
        .max(480, "Nhiều nhất 480 phút"),
      /** A single-officer PC: this account signs in without a password (the audit names it). */
      autoSignInId: id.nullable().default(null),
    }),
    okOutput,
  ),
};
