import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startBrowserMode } from "../../build/browser-mode";
import { expect, snap, test } from "./fixtures";
import { api } from "./pages/api";
import { Shell } from "./pages/shell";
import { chooseFiles, downloadOf } from "./pages/ui";

test.use({ demo: true });

const root = path.resolve(__dirname, "..", "..");

/** A second installation (a unit running the app for its own people) on its own data and port. */
async function startUnitInstallation() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-e2e-unit-"));
  const { child, url } = startBrowserMode({
    mainFile: path.join(root, "out", "electron", "browser-main.cjs"),
    dataDir,
  });
  return { child, url: await url, dataDir };
}

function stop(child: ChildProcess) {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

test("a unit's package passes through the UI to its office, and the receipt comes back", async ({
  page,
  browser,
}) => {
  const unitApp = await startUnitInstallation();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-e2e-usb-"));
  const unitContext = await browser.newContext({ acceptDownloads: true, locale: "vi-VN" });
  const unitPage = await unitContext.newPage();
  try {
    // The office (the demo district) has the commune in its directory under its code.
    const { workingYear: year } = await api<{ workingYear: number }>(
      page,
      "settings.getPreferences",
      {},
    );
    await api(page, "directory.saveUnit", {
      code: "XA_BL",
      name: "UBND xã Bình Lư",
      kind: "xa_thi_tran",
    });
    await api(page, "exchange.saveIdentity", {
      unitCode: "PNV-VC",
      parentCode: "",
      parentName: "",
    });

    // The commune's own installation: set up, its people, a dossier with a nomination.
    await unitPage.goto(unitApp.url);
    await api(unitPage, "settings.completeSetup", {
      profile: {
        preset: "don_vi_co_so",
        level: "co_quan",
        parentBody: "Ủy ban nhân dân huyện Vĩnh Cửu",
        issuingBody: "Ủy ban nhân dân xã Bình Lư",
        abbreviation: "UBND",
        parentAbbreviation: "UBND",
        placeName: "Bình Lư",
        councilName: "Hội đồng Thi đua - Khen thưởng xã Bình Lư",
        councilAbbreviation: "HĐTĐKT",
      },
      signers: [{ fullName: "Lò Văn Minh", position: "Chủ tịch", authority: "", isDefault: true }],
      councilMembers: [],
    });
    await api(unitPage, "settings.savePreferences", { workingYear: year });
    const commune = await api<{ id: string }>(unitPage, "directory.saveUnit", {
      code: "XA_BL",
      name: "UBND xã Bình Lư",
      kind: "xa_thi_tran",
    });
    const person = await api<{ id: string }>(unitPage, "directory.savePerson", {
      fullName: "Hoàng Thị Mai",
      gender: "nu",
      birthYear: 1988,
      category: "cong_chuc",
      position: "Công chức Văn hóa - Xã hội",
      unitId: commune.id,
    });
    const dossier = await api<{ id: string }>(unitPage, "dossiers.save", {
      unitId: commune.id,
      year,
      kind: "thuong_xuyen",
      receivedDate: `${year}-11-20`,
      unitDocNumber: "88/TTr-UBND",
      unitDocDate: `${year}-11-18`,
    });
    await api(unitPage, "dossiers.saveNomination", {
      dossierId: dossier.id,
      nomineeKind: "ca_nhan",
      personId: person.id,
      awardCode: "LDTT",
      summary: "Hoàn thành xuất sắc nhiệm vụ được giao",
    });

    // At the unit: declare who it is, then send.
    await unitPage.reload();
    const unitShell = new Shell(unitPage);
    await unitShell.go("Trao đổi dữ liệu (USB)");
    await unitPage.getByRole("tab", { name: "Định danh" }).click();
    await unitPage.getByLabel("Mã đơn vị của nơi này").fill("XA_BL");
    await unitPage.getByLabel("Mã đơn vị cấp trên (nơi nhận gói)").fill("PNV-VC");
    await unitPage.getByLabel("Tên đơn vị cấp trên").fill("Phòng Nội vụ huyện Vĩnh Cửu");
    await unitPage.getByRole("button", { name: "Lưu" }).click();
    await expect(unitPage.getByText("Đơn vị trong danh bạ: UBND xã Bình Lư")).toBeVisible();
    await snap(unitPage, "14-00-identity");
    const fingerprint = (await unitPage.getByTestId("own-fingerprint").textContent())!.trim();
    await unitPage.getByRole("tab", { name: "Gửi dữ liệu" }).click();
    const content = unitPage.getByRole("table", { name: "Nội dung sẽ gửi" });
    await expect(content.getByRole("row", { name: /Đề nghị khen thưởng\s*1/ })).toBeVisible();
    await expect(unitPage.getByText("Phòng Nội vụ huyện Vĩnh Cửu (mã PNV-VC)")).toBeVisible();
    await snap(unitPage, "14-01-send-preview");
    const sent = await downloadOf(unitPage, () =>
      unitPage.getByRole("button", { name: "Ghi gói và tải về" }).click(),
    );
    const stick = path.join(tmp, sent.suggestedFilename());
    await sent.saveAs(stick);
    expect(path.basename(stick)).toMatch(/^TDKT_XA-BL_PNV-VC_.*\.tdkt$/);
    await expect(unitPage.getByTestId("sent-package")).toContainText("Tháo thiết bị an toàn");

    // At the office: choose the file, read the report, confirm the key, import.
    const shell = new Shell(page);
    await shell.go("Trao đổi dữ liệu (USB)");
    await page.getByRole("tab", { name: "Nhận dữ liệu" }).click();
    await chooseFiles(page, page.getByRole("button", { name: "Chọn tệp gói dữ liệu…" }), stick);
    const report = page.getByRole("table", { name: "Kết quả kiểm tra gói" });
    await expect(report.getByRole("row", { name: /Đề nghị khen thưởng/ })).toContainText("1");
    await expect(page.getByTestId("sender-fingerprint")).toHaveText(fingerprint);
    const commit = page.getByRole("button", { name: "Nhập vào dữ liệu" });
    await expect(commit).toBeDisabled();
    await page.getByLabel("Tôi đã đối chiếu, mã nhận dạng trùng khớp").check();
    await snap(page, "14-02-receive-report");
    await commit.click();
    await expect(page.getByTestId("import-done")).toBeVisible();
    const receipt = await downloadOf(page, () =>
      page.getByRole("button", { name: "Lập biên nhận" }).click(),
    );
    const receiptFile = path.join(tmp, receipt.suggestedFilename());
    await receipt.saveAs(receiptFile);

    // The dossier is at the office, received, with its nomination.
    await shell.go("Hồ sơ khen thưởng");
    await expect(page.getByRole("row", { name: /UBND xã Bình Lư/ })).toBeVisible();
    await shell.go("Trao đổi dữ liệu (USB)");
    await page.getByRole("tab", { name: "Đã nhận" }).click();
    await expect(page.getByRole("table", { name: "Gói đã nhận" })).toContainText("XA_BL");

    // Theo đơn vị: the commune's package, when, and what it still owes.
    await page.getByRole("tab", { name: "Theo đơn vị" }).click();
    await expect(
      page
        .getByRole("table", { name: "Tình hình gửi dữ liệu theo đơn vị" })
        .getByRole("row", { name: /UBND xã Bình Lư/ }),
    ).toContainText("Đăng ký, hồ sơ, tự chấm điểm của đơn vị");
    await snap(page, "14-05-by-unit");

    // The same package again changes nothing and shows the earlier report.
    await page.getByRole("tab", { name: "Nhận dữ liệu" }).click();
    await chooseFiles(page, page.getByRole("button", { name: "Chọn tệp gói dữ liệu…" }), stick);
    await expect(page.getByTestId("already-imported")).toBeVisible();

    // Back at the unit: the receipt marks the package in the outbox.
    await unitPage.getByRole("tab", { name: "Nhận dữ liệu" }).click();
    await chooseFiles(
      unitPage,
      unitPage.getByRole("button", { name: "Chọn tệp gói dữ liệu…" }),
      receiptFile,
    );
    await unitPage.getByLabel("Tôi đã đối chiếu, mã nhận dạng trùng khớp").check();
    await unitPage.getByRole("button", { name: "Ghi nhận biên nhận" }).click();
    await expect(unitPage.getByTestId("import-done")).toBeVisible();
    await unitPage.getByRole("tab", { name: "Đã gửi" }).click();
    await expect(unitPage.getByRole("table", { name: "Gói đã gửi" })).toContainText("Đã nhận");
    await snap(unitPage, "14-03-outbox-receipt");

    // The office sends the commune its award results; the commune's registry shows them.
    await api(page, "awards.save", {
      year,
      recipientKind: "ca_nhan",
      personId: person.id,
      awardCode: "LDTT",
      decisionNumber: "12/QĐ-UBND",
      decisionDate: `${year}-12-01`,
      issuer: "Chủ tịch UBND huyện Vĩnh Cửu",
    });
    await page.getByRole("tab", { name: "Gửi dữ liệu" }).click();
    await page.getByText("Phong trào, kết quả khen thưởng gửi đơn vị").click();
    await page.getByRole("combobox", { name: "Đơn vị nhận" }).fill("Bình Lư");
    await page.getByRole("option", { name: /UBND xã Bình Lư \(mã XA_BL\)/ }).click();
    await expect(
      page.getByRole("table", { name: "Nội dung sẽ gửi" }).getByRole("row", {
        name: /Kết quả khen thưởng\s*1/,
      }),
    ).toBeVisible();
    const down = await downloadOf(page, () =>
      page.getByRole("button", { name: "Ghi gói và tải về" }).click(),
    );
    const downFile = path.join(tmp, down.suggestedFilename());
    await down.saveAs(downFile);
    await unitPage.getByRole("tab", { name: "Nhận dữ liệu" }).click();
    await chooseFiles(
      unitPage,
      unitPage.getByRole("button", { name: "Chọn tệp gói dữ liệu…" }),
      downFile,
    );
    // The office's key was confirmed with its receipt: no question this time.
    await expect(
      unitPage.getByRole("table", { name: "Kết quả kiểm tra gói" }).getByRole("row", {
        name: /Kết quả khen thưởng/,
      }),
    ).toBeVisible();
    await expect(unitPage.getByTestId("sender-fingerprint")).toHaveCount(0);
    await unitPage.getByRole("button", { name: "Nhập vào dữ liệu" }).click();
    await expect(unitPage.getByTestId("import-done")).toBeVisible();
    await unitShell.go("Sổ khen thưởng");
    await expect(unitPage.getByRole("row", { name: /Hoàng Thị Mai.*12\/QĐ-UBND/ })).toBeVisible();
    await snap(unitPage, "14-04-unit-registry");

    // Both sides change Mai's post; the unit sends again: the office sees the conflict side by
    // side and takes the unit's version.
    const mai = async (p: typeof page) =>
      (await api<{ person: Record<string, unknown> }>(p, "directory.getPerson", { id: person.id }))
        .person;
    await api(page, "directory.savePerson", { ...(await mai(page)), position: "Văn phòng" });
    await api(unitPage, "directory.savePerson", {
      ...(await mai(unitPage)),
      position: "Phó Chủ tịch Hội Liên hiệp Phụ nữ",
    });
    const again = await api<{ path: string }>(unitPage, "exchange.send", {
      purpose: "don_vi_gui",
      year,
    });
    await page.getByRole("tab", { name: "Nhận dữ liệu" }).click();
    await chooseFiles(
      page,
      page.getByRole("button", { name: "Chọn tệp gói dữ liệu…" }),
      again.path,
    );
    const conflict = page.getByTestId("conflict");
    await expect(conflict).toContainText("Hoàng Thị Mai");
    await expect(conflict.getByRole("row", { name: /Chức vụ/ })).toContainText(
      "Phó Chủ tịch Hội Liên hiệp Phụ nữ",
    );
    await conflict.getByText("Lấy bản trong gói").click();
    await snap(page, "14-06-conflict");
    await page.getByRole("button", { name: "Nhập vào dữ liệu" }).click();
    await expect(page.getByTestId("import-done")).toBeVisible();
    expect((await mai(page)).position).toBe("Phó Chủ tịch Hội Liên hiệp Phụ nữ");
  } finally {
    await unitContext.close();
    await stop(unitApp.child);
    fs.rmSync(unitApp.dataDir, { recursive: true, force: true });
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
