import { describe, expect, it } from "vitest";
import { decodeHtmlEntities, htmlToBlocks, htmlToText } from "./html-to-text";

describe("htmlToText", () => {
  it("keeps paragraphs, line breaks and lists, and decodes entities", () => {
    const html =
      "<h2>Care&nbsp;guide</h2><p>Wash at <b>30&deg;C</b>.<br>Do not tumble dry &amp; iron low.</p>" +
      "<ul><li>Cover: 100% linen</li><li>Frame: oak<ul><li>kiln-dried</li></ul></li></ul>" +
      "<ol><li>Unzip</li><li>Wash</li></ol><p>Tom &quot;Designer&quot; O&#39;Neil</p>";
    expect(htmlToText(html)).toBe(
      [
        "Care guide",
        "Wash at 30°C.\nDo not tumble dry & iron low.",
        "- Cover: 100% linen\n- Frame: oak\n  - kiln-dried\n1. Unzip\n2. Wash",
        'Tom "Designer" O\'Neil',
      ].join("\n\n"),
    );
  });

  it("drops scripts, styles, comments and other hidden content", () => {
    const html =
      '<p>Soft<script>alert("x")</script> throw</p><style>p{color:red}</style><!-- hidden note -->' +
      "<noscript>enable js</noscript><svg><text>logo</text></svg><template><p>tpl</p></template><p>Blanket</p>";
    expect(htmlToText(html)).toBe("Soft throw\n\nBlanket");
  });

  it("survives malformed markup", () => {
    // Misnested tags may move a break, but no text is lost or duplicated.
    const misnested = htmlToText("<p>Unclosed <b>bold<p>Next <i>italic</b> done");
    expect(misnested.startsWith("Unclosed bold\n\nNext italic")).toBe(true);
    expect(misnested.replace(/\s+/g, " ")).toBe("Unclosed bold Next italic done");
    expect(htmlToText("<div><p>a</div></p>b<li>loose item")).toBe("a\n\nb\n\n- loose item");
    expect(htmlToText("text with < and > signs and <3")).toBe("text with < and > signs and <3");
    // Browsers read "<scr<script>" as one unknown tag, so what follows is visible text, and inert.
    expect(htmlToText("<scr<script>ipt>alert(1)</script>")).not.toMatch(/<\/?script/i);
    expect(htmlToText("<p>a</p><script>document.write('<p>b</p>')</script>")).toBe("a");
    expect(htmlToText("")).toBe("");
  });

  it("stays linear on adversarial input", () => {
    const nested = "<div>".repeat(20_000) + "deep" + "</div>".repeat(20_000);
    const attributes = "<p " + 'a="'.repeat(50_000) + ">x";
    const started = performance.now();
    expect(htmlToText(nested)).toBe("deep");
    htmlToText(attributes);
    htmlToText("<".repeat(100_000) + "&amp".repeat(50_000));
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("renders tables row by row and pre blocks verbatim", () => {
    const html =
      "<table><tr><th>Size</th><th>Width</th></tr><tr><td>Twin</td><td><p>99 cm</p></td></tr></table>" +
      "<pre>  a\n    b</pre>";
    expect(htmlToText(html)).toBe("Size | Width\nTwin | 99 cm\n\n  a\n    b");
  });

  it("strips invisible characters and can cut to a length", () => {
    expect(htmlToText("<p>Zero\u200Bwidth\u0007 text</p>")).toBe("Zerowidth text");
    expect(htmlToText("<p>one two three four five</p>", { maxLength: 12 })).toBe("one two");
  });

  it("exposes heading levels as blocks", () => {
    expect(htmlToBlocks("<h1>Returns</h1><h3>Window</h3><p>30 days</p>")).toEqual([
      { kind: "heading", level: 1, text: "Returns" },
      { kind: "heading", level: 3, text: "Window" },
      { kind: "paragraph", text: "30 days" },
    ]);
  });

  it("decodes entities in plain text without reading markup", () => {
    expect(decodeHtmlEntities("R&amp;D <b> &eacute;t&eacute;")).toBe("R&D <b> été");
  });
});
