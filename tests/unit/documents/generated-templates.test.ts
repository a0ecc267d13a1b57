import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildTemplate, templatesReadme } from "../../../build/templates/generate";
import { templateIds } from "../../../electron/documents/template-catalog";

const dir = path.resolve(__dirname, "..", "..", "..", "templates");

describe("the bundled templates", () => {
  it.each(templateIds)("%s.docx is what `npm run templates` writes", async (id) => {
    const committed = fs.readFileSync(path.join(dir, `${id}.docx`));
    expect(Buffer.compare(await buildTemplate(id), committed)).toBe(0);
  });

  it("README.md lists every template and placeholder as the catalogue says", () => {
    expect(fs.readFileSync(path.join(dir, "README.md"), "utf8")).toBe(templatesReadme());
  });
});
