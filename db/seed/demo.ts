import type { Db } from "../open-database";
import { setSetting } from "../queries/app-settings";
import { upsertRow, type SaveValues, type WriteStamp } from "../queries/sync-rows";
import { councilMembers, signers } from "../schema";
import { presetProfiles } from "./defaults";
import { loadDemoAwards } from "./demo-awards";
import { loadDemoDirectory } from "./demo-directory";

/**
 * The demo district (`--demo`): a district Internal Affairs office with its signers and council.
 * People's names are invented; the place follows seed 001 (Vĩnh Cửu, Đồng Nai).
 */
export function loadDemo(db: Db, stamp: WriteStamp, workingYear: number) {
  const profile = presetProfiles("Vĩnh Cửu")[0]!.profile;
  db.transaction((tx) => {
    setSetting(tx, "profile", profile, stamp.now);
    const demoSigners: SaveValues<typeof signers>[] = [
      {
        fullName: "Trần Văn Hùng",
        position: "Phó Chủ tịch",
        authority: "KT.",
        authorityOf: "Chủ tịch",
        onBehalfOf: "Ủy ban nhân dân",
        isDefault: true,
      },
      {
        fullName: "Lê Thị Thu Hà",
        position: "Trưởng phòng",
        authority: "",
        authorityOf: "",
        onBehalfOf: "",
        isDefault: false,
      },
    ];
    demoSigners.forEach((s, i) => upsertRow(tx, signers, undefined, { ...s, sortOrder: i }, stamp));
    const council = [
      ["Nguyễn Văn Thắng", "Chủ tịch UBND huyện", "chu_tich"],
      ["Trần Văn Hùng", "Phó Chủ tịch UBND huyện", "pho_chu_tich"],
      ["Lê Thị Thu Hà", "Trưởng phòng Nội vụ", "uy_vien_thuong_truc"],
      ["Phạm Minh Tuấn", "Chánh Văn phòng HĐND và UBND huyện", "uy_vien"],
      ["Võ Thị Lan", "Chủ tịch Ủy ban MTTQ Việt Nam huyện", "uy_vien"],
      ["Đặng Quốc Bảo", "Trưởng phòng Tài chính - Kế hoạch", "uy_vien"],
      ["Huỳnh Thị Mai", "Trưởng phòng Giáo dục và Đào tạo", "uy_vien"],
      ["Bùi Văn Đức", "Chủ tịch Liên đoàn Lao động huyện", "uy_vien"],
      ["Ngô Thanh Tâm", "Chuyên viên Phòng Nội vụ", "thu_ky"],
    ] as const;
    council.forEach(([fullName, position, role], i) =>
      upsertRow(
        tx,
        councilMembers,
        undefined,
        { fullName, position, role, active: true, sortOrder: i },
        stamp,
      ),
    );
    loadDemoDirectory(tx, stamp, workingYear);
    loadDemoAwards(tx, stamp, workingYear);
    setSetting(tx, "preferences", { workingYear }, stamp.now);
    setSetting(tx, "setup_completed", true, stamp.now);
    setSetting(tx, "demo", true, stamp.now);
  });
}
