import { describe, expect, it } from "vitest";
import { normaliseParagraph } from "../../../electron/documents/normalise-runs";
import { partParagraphTexts } from "../../../electron/documents/inspect";
import {
  escapeXml,
  replacePlaceholderParagraph,
  tableXml,
} from "../../../electron/documents/table-xml";

const rPr = (b = false) => `<w:rPr>${b ? "<w:b/>" : ""}<w:sz w:val="28"/></w:rPr>`;
const r = (text: string, b = false) =>
  `<w:r>${rPr(b)}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const p = (...runs: string[]) => `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${runs.join("")}</w:p>`;
const runsOf = (xml: string) => xml.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [];

describe("merging placeholders split across runs", () => {
  it("puts a split placeholder in its first run, keeping that run's formatting", () => {
    const out = normaliseParagraph(p(r("Số: {{so_"), r("ky_"), r("hieu}} ngày", true)));
    expect(partParagraphTexts(out)).toEqual(["Số: {{so_ky_hieu}} ngày"]);
    const runs = runsOf(out);
    expect(runs[0]).toContain("{{so_ky_hieu}}");
    expect(runs[0]).not.toContain("<w:b/>");
    expect(runs).toHaveLength(2);
    expect(runs[1]).toContain("<w:b/>");
  });

  it("handles two placeholders sharing a run and spell-check marks", () => {
    const out = normaliseParagraph(
      p(r("{{a"), '<w:proofErr w:type="spellStart"/>', r("}}, {{"), r("b}}")),
    );
    expect(partParagraphTexts(out)).toEqual(["{{a}}, {{b}}"]);
    const texts = runsOf(out).map((x) => /<w:t[^>]*>([^<]*)</.exec(x)?.[1]);
    expect(texts).toEqual(["{{a}}", ", {{b}}"]);
    expect(out).not.toContain("proofErr");
  });

  it("leaves paragraphs without placeholders untouched", () => {
    const para = p(r("Căn cứ"), r(" Luật"));
    expect(normaliseParagraph(para)).toBe(para);
  });

  it("does not touch a run holding more than text (a tab, a field)", () => {
    const withTab = `<w:r>${rPr()}<w:tab/><w:t>{{x</w:t></w:r>`;
    const out = normaliseParagraph(p(withTab, r("}}")));
    expect(out).toContain("<w:tab/>");
  });
});

describe("tables written as XML", () => {
  it("escapes text and repeats the header row", () => {
    const xml = tableXml({
      columns: [
        { title: "STT", share: 1, align: "center" },
        { title: "Tên", share: 3 },
      ],
      rows: [["1", "Công ty A & B <C>"]],
    });
    expect(xml).toContain("Công ty A &amp; B &lt;C&gt;");
    expect(xml).toContain("<w:tblHeader/>");
    expect(xml.match(/<w:tr>/g)).toHaveLength(2);
    expect(xml).toContain('w:cs="Times New Roman"');
    expect(escapeXml('"')).toBe("&quot;");
  });

  it("replaces the paragraph holding the placeholder, and only it", () => {
    const doc = `<w:body>${p(r("trước"))}${p(r("{{bang}}"))}${p(r("sau"))}</w:body>`;
    const out = replacePlaceholderParagraph(doc, "bang", "<w:tbl/>");
    expect(partParagraphTexts(out)).toEqual(["trước", "sau"]);
    expect(out).toContain("<w:tbl/>");
    expect(replacePlaceholderParagraph(doc, "khac", "<w:tbl/>")).toBe(doc);
  });
});
