import type { Download, Locator, Page } from "@playwright/test";

/** Mantine's Select is labelled on both its input and its list: aim at the input. */
export const selectInput = (scope: Page | Locator, page: Page, name: string | RegExp) =>
  scope.getByLabel(name, { exact: typeof name === "string" }).and(page.locator("input"));

/** Opens a Select (by clicking, or by typing `o.type`) and picks the option. */
export async function choose(
  page: Page,
  field: Locator,
  option: string | RegExp,
  o: { type?: string; exact?: boolean; first?: boolean } = {},
) {
  if (o.type === undefined) await field.click();
  else await field.fill(o.type);
  const options = page.getByRole("option", { name: option, exact: o.exact });
  await (o.first ? options.first() : options).click();
}

/** Runs an action that starts a download and returns the download. */
export async function downloadOf(page: Page, action: () => Promise<unknown>): Promise<Download> {
  const download = page.waitForEvent("download");
  await action();
  return download;
}

/** Clicks a button that opens the file chooser and hands it the files. */
export async function chooseFiles(
  page: Page,
  button: Locator,
  files: Parameters<import("@playwright/test").FileChooser["setFiles"]>[0],
) {
  const chooser = page.waitForEvent("filechooser");
  await button.click();
  await (await chooser).setFiles(files);
}
