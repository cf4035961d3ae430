// The HTML checks behind `make check-html`: the W3C Nu HTML Checker (vnu.jar, run with the machine's Java) and
// axe-core's WCAG 2.1 AA rules in Debian's chromium at a desktop and a phone width.
//   node scripts/html-check/check.mjs reports/latest/report.html reports/index.html
// Prints one line per problem and exits 1 if there is any; prints a summary line either way.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const WIDTHS = [1280, 390];
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const files = process.argv.slice(2).map((f) => path.resolve(f));
if (!files.length) {
  console.error("usage: node check.mjs FILE.html...");
  process.exit(2);
}
for (const file of files) {
  if (!existsSync(file)) {
    console.error(`error: ${file} does not exist (run make report first)`);
    process.exit(2);
  }
}

function chromium() {
  for (const candidate of [process.env.CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser",
                           "/usr/bin/google-chrome"]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return null;
}

let problems = 0;

// 1. Nu HTML Checker: errors and warnings alike count.
const jar = path.join(path.dirname(require.resolve("vnu-jar/package.json")), "build", "dist", "vnu.jar");
const vnu = spawnSync("java", ["-jar", jar, "--format", "json", "--also-check-svg", ...files], { encoding: "utf8" });
if (vnu.error) {
  console.error(`error: could not run java (${vnu.error.message}); install Java 11 or later`);
  process.exit(2);
}
const messages = JSON.parse(vnu.stderr || "{\"messages\": []}").messages;
let vnuErrors = 0;
let vnuWarnings = 0;
for (const m of messages) {
  const kind = m.type === "error" ? "error" : m.subType === "warning" ? "warning" : null;
  if (!kind) continue;
  kind === "error" ? vnuErrors++ : vnuWarnings++;
  const where = `${path.relative(process.cwd(), new URL(m.url).pathname)}:${m.lastLine ?? "?"}`;
  console.log(`vnu ${kind} ${where}: ${m.message}`);
}
console.log(`Nu HTML Checker: ${vnuErrors} errors, ${vnuWarnings} warnings`);
problems += vnuErrors + vnuWarnings;

// 2. axe-core in chromium.
const executablePath = chromium();
if (!executablePath) {
  console.error("error: chromium is not installed (Debian: apt-get install chromium; or set CHROMIUM=/path/to/chrome)");
  process.exit(2);
}
const puppeteer = (await import("puppeteer-core")).default;
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const browser = await puppeteer.launch({
  executablePath, headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
let violations = 0;
try {
  for (const file of files) {
    for (const width of WIDTHS) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900 });
      await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(
        (tags) => globalThis.axe.run(document, { runOnly: { type: "tag", values: tags } }), AXE_TAGS);
      for (const v of result.violations) {
        violations++;
        const where = v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ");
        console.log(`axe ${v.id} (${v.impact}) ${path.relative(process.cwd(), file)} @${width}px: ${v.help}; `
          + `${v.nodes.length} element(s), e.g. ${where}`);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
}
console.log(`axe-core WCAG 2.1 AA at ${WIDTHS.join(" and ")} px: ${violations} violations`);
problems += violations;
console.log(problems ? `${problems} problem(s)` : "HTML checks passed: no errors, no warnings, no violations");
process.exit(problems ? 1 : 0);
