// The HTML checks behind `make check-html`: the W3C Nu HTML Checker (vnu.jar, run with the machine's Java) and
// axe-core's WCAG 2.1 AA rules in Debian's chromium at a desktop and a phone width.
//   node scripts/html-check/check.mjs reports/latest/report.html reports/index.html
//   node scripts/html-check/check.mjs --sources pages.json reports/latest/report.html ...
// With --sources (written by source_pages.py), every quote link's text fragment is also opened on a local copy of
// its source text, and must land on the quoted words.
// Prints one line per problem and exits 1 if there is any; prints a summary line either way.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const WIDTHS = [1280, 390];
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const args = process.argv.slice(2);
const sourcesAt = args.indexOf("--sources");
const sources = sourcesAt >= 0 ? JSON.parse(readFileSync(args.splice(sourcesAt, 2)[1], "utf8")) : null;
const files = args.map((f) => path.resolve(f));
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
// The Nu checker names every data: image blocked under any Content-Security-Policy, even one whose img-src
// lists data: (it warns the same under `img-src data:` as under `img-src 'none'`). Those warnings are left to
// chromium below, which loads the page under its own policy and reports what the policy really blocks.
const NU_DATA_IMAGE = /^Resource violates Content Security Policy \(meta tag\): image .data:/;
let nuDataImages = 0;
for (const m of messages) {
  const kind = m.type === "error" ? "error" : m.subType === "warning" ? "warning" : null;
  if (!kind) continue;
  if (kind === "warning" && NU_DATA_IMAGE.test(m.message)) {
    nuDataImages++;
    continue;
  }
  kind === "error" ? vnuErrors++ : vnuWarnings++;
  const where = `${path.relative(process.cwd(), new URL(m.url).pathname)}:${m.lastLine ?? "?"}`;
  console.log(`vnu ${kind} ${where}: ${m.message}`);
}
console.log(`Nu HTML Checker: ${vnuErrors} errors, ${vnuWarnings} warnings`
  + (nuDataImages ? ` (${nuDataImages} data: image(s) left to chromium's policy check)` : ""));
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
let blocked = 0;
try {
  // 2a. The page under its own Content-Security-Policy: nothing it holds may be refused, every image must load.
  for (const file of files) {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(() => {
      globalThis.__refused = [];
      document.addEventListener("securitypolicyviolation", (e) => {
        globalThis.__refused.push(`${e.effectiveDirective} refused ${String(e.blockedURI).slice(0, 60)}`);
      });
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    const found = await page.evaluate(() => [
      ...globalThis.__refused,
      ...[...document.images].filter((img) => !img.complete || img.naturalWidth === 0)
        .map((img) => `image did not load: ${img.src.slice(0, 60)}`),
    ]);
    for (const what of found) {
      blocked++;
      console.log(`csp ${path.relative(process.cwd(), file)}: ${what}`);
    }
    await page.close();
  }
  console.log(`Content-Security-Policy in chromium: ${blocked} refused or broken`);
  // 2c. Text fragments: each quote link, opened on the project's copy of its source text, lands on the words.
  if (sources) {
    let links = 0;
    let missed = 0;
    const page = await browser.newPage();
    for (const file of files) {
      await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
      const hrefs = [...new Set(await page.$$eval("a[href*=':~:text=']", (as) => as.map((a) => a.href)))];
      for (const href of hrefs) {
        links++;
        const [base] = href.split("#");
        const local = sources[base] ?? sources[decodeURI(base)];
        const directive = href.slice(href.indexOf(":~:"));
        let landed = false;
        if (local) {
          await page.goto("about:blank");
          await page.goto(`${pathToFileURL(local).href}#${directive}`, { waitUntil: "load" });
          await new Promise((resolve) => setTimeout(resolve, 150));
          landed = await page.evaluate(() => window.scrollY > 1000);
        }
        if (!landed) {
          missed++;
          console.log(`fragment ${path.relative(process.cwd(), file)}: ${local ? "does not land on its words"
            : "no local copy of the source"}: ${decodeURIComponent(href).slice(0, 160)}`);
        }
      }
    }
    await page.close();
    console.log(`Text fragments in chromium: ${links - missed} of ${links} quote links land on the quoted words`);
    problems += missed;
  }
  // 2b. axe-core. Its script is injected by the checker, so the page's policy is bypassed for this pass only.
  for (const file of files) {
    for (const width of WIDTHS) {
      const page = await browser.newPage();
      await page.setBypassCSP(true);
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
problems += violations + blocked;
console.log(problems ? `${problems} problem(s)` : "HTML checks passed: no errors, no warnings, no violations");
process.exit(problems ? 1 : 0);
