#!/usr/bin/env node
// UI smoke test: uses the packaged extension the way a person does, in a real VS Code
// (code-server 4.139.1 = VS Code 1.139.1) shown in Debian's chromium (headless, playwright-core).
//   1. packages the .vsix (npx @vscode/vsce package --no-dependencies) into a temp run folder
//   2. installs it with `code-server --install-extension` into a fresh extensions dir
//   3. opens a temp copy of test/fixtures/vscode-workspace and, as a user:
//      Ctrl+P opens a note, hovers a claim and reads the hover, F1 runs
//      "Roofline Notes: Verify Claims in Workspace", waits for the report webview to render and
//      reads it (heading, a derivation line, its CSP, no scripts, its stylesheet applied), opens
//      the Problems panel, hides the panel to show the report, opens the Roofline Notes
//      activity-bar view and reads its tree.
//   Screenshots go to screenshots/ (gitignored): hover.png, problems.png, report.png, tree.png.
//   A webview's content arrives a few seconds after its tab (code-server loads it in a nested
//   iframe, …/webview/browser/pre/index.html → fake.html, only once the webview service worker
//   is active), so screenshots showing the report wait for that inner frame's text.
// Prerequisites: node scripts/vscode/install.mjs; npm run build:extension (vsce packages dist/).
// Closing line: `vscode-ui-smoke: N passed, N failed`.
// Options: --extension-dir DIR (default repo root) --vsix FILE (skip packaging) --workspace DIR
//          --timeout SECONDS (default 240) --screenshots DIR
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from './env.mjs';
import {
  codeServerCli, createRunDir, deadline, launchChromium, removeRunDir, runCleanups, startCodeServer, workbenchUrl,
} from './code-server.mjs';

const { values: opt } = parseArgs({
  options: {
    'extension-dir': { type: 'string', default: REPO_ROOT },
    vsix: { type: 'string' },
    workspace: { type: 'string', default: join(REPO_ROOT, 'test', 'fixtures', 'vscode-workspace') },
    timeout: { type: 'string', default: process.env.ROOFLINE_UI_TIMEOUT || '240' },
    screenshots: { type: 'string', default: join(REPO_ROOT, 'screenshots') },
  },
});
const TAG = 'vscode-ui-smoke';
const extensionDir = resolve(opt['extension-dir']);
const shotsDir = resolve(opt.screenshots);
const timeoutMs = Number(opt.timeout) * 1000;
const t0 = Date.now();
const secs = () => ((Date.now() - t0) / 1000).toFixed(1);
const say = (...a) => console.log(`[${TAG} +${secs()}s]`, ...a);

// What the fixture workspace should show.
const NOTE = 'h200-notes.md';
const CLAIM = '10 ms'; // "The H200's 141 GB drains in 10 ms." (inconsistent: 29.4 ms)
const TALK_TITLES = ['The State of Hardware', 'Opening Statement', 'ThunderKittens'];
const VERDICT = /\b(consistent|inconsistent|unverifiable)\b/i;
const REPORT_HEADING = 'Roofline Notes report'; // <h1> of the report webview (ReportModel.title)
const DERIVATION = /141\s*GB\s*÷\s*4\.8\s*TB\/s\s*=\s*29\.4\s*ms/;

const pkg = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8'));
const extensionId = `${pkg.publisher}.${pkg.name}`.toLowerCase();
const verifyCmd = (pkg.contributes?.commands ?? []).find((c) => c.command === 'rooflineNotes.verifyWorkspace');
const VERIFY_LABEL = verifyCmd ? (verifyCmd.category ? `${verifyCmd.category}: ${verifyCmd.title}` : verifyCmd.title)
  : 'Roofline Notes: Verify Claims in Workspace';
const container = (pkg.contributes?.viewsContainers?.activitybar ?? []).find((c) => c.id === 'rooflineNotes');
const CONTAINER_TITLE = container?.title ?? 'Roofline Notes';

// ------------------------------------------------------------------------------------------
const checks = [];
function check(name, ok, detail = '') {
  checks.push({ name, ok: !!ok, detail });
  console.log(`  ${ok ? '✔' : '✗'} ${name}${detail ? ` — ${detail}` : ''}`);
  return !!ok;
}
let closingPrinted = false;
function closing() {
  if (closingPrinted) return;
  closingPrinted = true;
  const passed = checks.filter((c) => c.ok).length;
  const failed = checks.length - passed;
  console.log(`${TAG}: ${passed} passed, ${failed === 0 && passed === 0 ? 1 : failed} failed`);
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function poll(fn, ms, step = 250) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn().catch(() => undefined);
    if (v) return v;
    if (Date.now() > end) return undefined;
    await sleep(step);
  }
}
const oneLine = (s, n = 160) => String(s ?? '').replace(/\s+/g, ' ').trim().slice(0, n);

// ------------------------------------------------------------------------------------------
function packageVsix(runDir) {
  if (opt.vsix) return resolve(opt.vsix);
  const out = join(runDir, `${pkg.name}-${pkg.version}.vsix`);
  say('packaging with vsce ...');
  // = `npx @vscode/vsce package --no-dependencies`, using the repo's own devDependency directly
  // (works for any --extension-dir, never downloads, never prompts: stdin is closed).
  const vsce = join(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  const r = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], {
    cwd: extensionDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000,
  });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`.split('\n').filter((l) => !/Unknown (user|env) config "nodedir"/.test(l)).join('\n').trim();
  if (r.status !== 0 || !existsSync(out)) throw new Error(`vsce package failed (${r.status ?? r.error?.message}):\n${output}`);
  say(oneLine(output.split('\n').filter((l) => /DONE|Packaged/i.test(l)).join(' ') || `packaged ${out}`, 300));
  return out;
}

/** Pixel centre of the first occurrence of `needle` in the visible editor text (DOM Range over .view-lines). */
async function textPoint(page, needle) {
  return page.evaluate((needle) => {
    const editors = [...document.querySelectorAll('.editor-instance .monaco-editor .view-lines, .monaco-editor .view-lines')];
    for (const lines of editors) {
      for (const line of lines.querySelectorAll('.view-line')) {
        // Monaco renders spaces as U+00A0; map them back while keeping a per-character node map.
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        const map = [];
        let text = '';
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          for (let i = 0; i < n.data.length; i++) { map.push([n, i]); text += n.data[i] === '\u00a0' ? ' ' : n.data[i]; }
        }
        const at = text.indexOf(needle);
        if (at < 0) continue;
        const range = document.createRange();
        const [sn, so] = map[at];
        const [en, eo] = map[at + needle.length - 1];
        range.setStart(sn, so);
        range.setEnd(en, eo + 1);
        const r = range.getBoundingClientRect();
        if (r.width === 0) continue;
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
    }
    return null;
  }, needle);
}

async function runPalette(page, key, text) {
  await page.keyboard.press(key);
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(key === 'F1' ? `>${text}` : text);
  // wait for the list to show the matching row (not just any row: right after opening, the
  // palette may still list unfiltered entries), then pick it
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first();
  await row.waitFor({ state: 'visible', timeout: 15_000 });
  await sleep(300);
  await row.click();
}

/**
 * The report webview's content frame and what it shows, or null while it is not rendered.
 * In code-server the workbench hosts a webview in iframe …/webview/browser/pre/index.html,
 * which loads the extension's HTML into a nested frame (fake.html); page.frames() lists both.
 */
async function reportFrame(page) {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame() || !/\/webview\/browser\/pre\//.test(frame.url())) continue;
    const info = await frame.evaluate(() => {
      const h1 = document.querySelector('h1');
      if (!h1) return null;
      return {
        heading: h1.textContent.trim(),
        facts: [...document.querySelectorAll('ul.facts li')].map((li) => li.textContent.trim()),
        csp: document.querySelector('meta[http-equiv="Content-Security-Policy" i]')?.getAttribute('content') ?? '',
        scripts: document.querySelectorAll('script').length,
        // media/report.css sets body { padding: 0 24px 32px }; the webview's default style has 20px
        styled: getComputedStyle(document.body).paddingLeft === '24px',
        sheets: [...document.styleSheets].map((s) => s.href).filter(Boolean),
      };
    }).catch(() => null);
    if (!info || info.heading !== REPORT_HEADING) continue;
    const box = await (await frame.frameElement().catch(() => null))?.boundingBox().catch(() => null);
    return { frame, box, ...info };
  }
  return null;
}

async function rowsText(page, selector) {
  return page.$$eval(selector, (els) => els.map((e) => (e.getAttribute('aria-label') || e.textContent || '').trim()));
}

// ------------------------------------------------------------------------------------------
async function main() {
  mkdirSync(shotsDir, { recursive: true });
  const runDir = createRunDir('roofline-vscode-ui-');
  const workspace = join(runDir, 'workspace');
  cpSync(opt.workspace, workspace, { recursive: true });
  say(`run folder ${runDir}`);
  let ok = false;
  const cancelBackstop = deadline(timeoutMs + 45_000, `[${TAG}] hard timeout`, 1, () => {
    check('finished within the time limit', false);
    closing();
  });
  let timedOut = false;
  const soft = setTimeout(() => { timedOut = true; }, timeoutMs);
  try {
    const vsix = packageVsix(runDir);
    const inst = codeServerCli(runDir, ['--install-extension', vsix]);
    const installed = inst.status === 0 && /successfully installed/i.test(inst.output)
      && readdirSync(join(runDir, 'extensions')).some((d) => d.toLowerCase().startsWith(`${extensionId}-`));
    if (!check(`installs ${extensionId} from the .vsix`, installed, installed ? '' : oneLine(inst.output, 400))) return false;

    const server = await startCodeServer({ runDir, folder: workspace });
    say(`code-server on ${server.baseUrl}`);
    const { page } = await launchChromium(runDir);
    // CSP violations and errors inside webviews (their frames live under …/webview/browser/pre/)
    const webviewErrors = [];
    page.on('console', (msg) => {
      const where = msg.location()?.url ?? '';
      if (/\/webview\/browser\/pre\//.test(where) && (msg.type() === 'error' || /Content Security Policy|Refused to/i.test(msg.text()))) {
        webviewErrors.push(oneLine(msg.text(), 300));
      }
    });
    await page.goto(workbenchUrl(server.baseUrl, workspace), { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    // the explorer shows the workspace files once the remote connection is up
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible', timeout: 60_000 });
    say('workbench ready');
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }).catch(() => {});

    // --- Ctrl+P opens the note ------------------------------------------------------------
    await runPalette(page, 'Control+P', NOTE);
    const tab = page.locator(`.tabs-container .tab[aria-label*="${NOTE}"]`);
    const opened = await tab.first().waitFor({ state: 'visible', timeout: 15_000 }).then(() => true, () => false);
    const claimPoint = opened ? await poll(() => textPoint(page, CLAIM), 15_000) : null;
    check(`Ctrl+P opens ${NOTE}`, opened && claimPoint, claimPoint ? '' : 'claim text not visible in the editor');

    // --- hover the claim --------------------------------------------------------------------
    let hover = '';
    if (claimPoint) {
      hover = await poll(async () => {
        await page.mouse.move(5, 5);
        await sleep(150);
        const p = await textPoint(page, CLAIM);
        await page.mouse.move(p.x, p.y, { steps: 4 });
        const md = page.locator('.monaco-hover .rendered-markdown');
        await md.first().waitFor({ state: 'visible', timeout: 3_000 });
        await sleep(400); // let every hover provider answer
        const t = (await md.allInnerTexts()).join('\n');
        return VERDICT.test(t) ? t : undefined;
      }, 45_000, 500);
      await page.screenshot({ path: join(shotsDir, 'hover.png') });
    }
    check('hovering the claim shows a verdict', hover && VERDICT.test(hover), oneLine(hover) || 'no verdict in the hover');
    if (hover) check('the hover shows the derivation 141 GB ÷ 4.8 TB/s = 29.4 ms', /141\s*GB\s*÷\s*4\.8\s*TB\/s\s*=\s*29\.4\s*ms/.test(hover));
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);

    // --- F1: verify the workspace; the report webview renders ----------------------------------
    await runPalette(page, 'F1', VERIFY_LABEL);
    // The report opens when verification is done; its content frame follows a few seconds later.
    const shown = (r) => r && r.box && r.box.width > 200 && r.box.height > 200;
    let report = await poll(async () => { const r = await reportFrame(page); return shown(r) ? r : undefined; }, 45_000, 500);
    // the text comes first, media/report.css (served through the service worker) just after
    if (report && !report.styled) report = (await poll(async () => { const r = await reportFrame(page); return shown(r) && r.styled ? r : undefined; }, 10_000, 250)) ?? (await reportFrame(page)) ?? report;
    check('F1 verify opens the report webview and it renders its heading', report,
      report ? `“${report.heading}” in ${oneLine(report.frame.url().replace(/^.*\/pre\//, '').replace(/\?.*/, ''), 40)} at ${Math.round(report.box.width)}×${Math.round(report.box.height)}`
        : `no webview frame with an <h1>${REPORT_HEADING}</h1>; frames: ${oneLine(page.frames().map((f) => f.url().replace(/\?.*/, '').replace(/^.*\//, '')).join(' '), 200)}`);
    if (report) {
      const derivation = report.facts.find((l) => DERIVATION.test(l));
      check('the report lists the derivation 141 GB ÷ 4.8 TB/s = 29.4 ms', derivation,
        derivation ? oneLine(derivation, 120) : `derivation lines: ${oneLine(report.facts.filter((l) => l.includes('÷')).join(' / '), 240) || 'none with ÷'}`);
      const strict = /(^|;)\s*default-src 'none'/.test(report.csp) && /style-src [^;]*\S/.test(report.csp) && !/script-src|unsafe-inline|unsafe-eval/.test(report.csp);
      check('the report has a strict CSP, no scripts and its stylesheet applied', strict && report.scripts === 0 && report.styled,
        `CSP “${report.csp}”; ${report.scripts} script(s); report.css ${report.styled ? 'applied' : `NOT applied (sheets: ${report.sheets.join(', ') || 'none'})`}`);
    }

    // --- the Problems panel ---------------------------------------------------------------------
    // The command may open a report (a webview that takes keyboard focus), so open the Problems
    // panel the way a mouse user does: click the problems counter in the status bar.
    const problemRows = '.markers-panel .monaco-list-row';
    const counter = page.locator('#status\\.problems, .statusbar-item[id="status.problems"]').first();
    const problems = await poll(async () => {
      if (!(await page.locator(problemRows).first().isVisible().catch(() => false))) {
        if (await counter.isVisible().catch(() => false)) { await counter.click(); say('clicked the status-bar problems counter'); }
        else { await page.keyboard.press('Control+Shift+M'); say('pressed Ctrl+Shift+M'); }
        await sleep(500);
      }
      const rows = await rowsText(page, problemRows);
      return rows.some((r) => /10 ms|inconsistent|29\.4/i.test(r)) ? rows : undefined;
    }, 30_000, 1_000);
    await page.screenshot({ path: join(shotsDir, 'problems.png') });
    const allRows = problems ?? (await rowsText(page, problemRows).catch(() => []));
    check(`F1 "${VERIFY_LABEL}" fills the Problems panel with the inconsistent claim`, problems, oneLine(allRows.slice(0, 4).join(' / '), 300) || 'no rows');

    // --- the report, with the editor area to itself ----------------------------------------------
    if (report) {
      const before = (await reportFrame(page))?.box?.height ?? 0;
      const hide = page.locator('.part.panel .action-label.codicon-panel-close, .part.panel .action-label[aria-label^="Hide Panel"], .part.panel .action-label[aria-label^="Close Panel"]').first();
      if (await hide.isVisible().catch(() => false)) await hide.click();
      else await page.keyboard.press('Control+J');
      const panelHidden = await poll(async () => !(await page.locator('.part.panel').first().isVisible()), 5_000);
      await page.locator('.tabs-container .tab', { hasText: 'Roofline Notes Report' }).first().click().catch(() => {});
      await page.mouse.move(5, 5);
      // the webview re-lays out to the taller editor; wait until its frame fills it
      const tall = await poll(async () => {
        const r = await reportFrame(page);
        return r?.box && r.box.height > Math.max(before + 100, 600) ? r : undefined;
      }, 10_000, 250);
      await sleep(500);
      await page.screenshot({ path: join(shotsDir, 'report.png') });
      check('with the panel hidden the report fills the editor area', panelHidden && tall,
        `${panelHidden ? 'panel hidden' : 'panel still visible'}; report ${tall ? `${Math.round(tall.box.width)}×${Math.round(tall.box.height)}` : 'did not grow'}`);
    }

    // --- the activity-bar view and its tree ----------------------------------------------------
    const icon = page.locator(`.activitybar .action-item a[aria-label^="${CONTAINER_TITLE}"], .activitybar .action-item[aria-label^="${CONTAINER_TITLE}"]`);
    const iconShown = await icon.first().waitFor({ state: 'visible', timeout: 10_000 }).then(() => true, () => false);
    check(`the activity bar has a "${CONTAINER_TITLE}" view`, iconShown);
    let treeRows = [];
    if (iconShown) {
      await icon.first().click();
      const rowSel = '.sidebar .pane-body .monaco-list-row';
      treeRows = (await poll(async () => {
        const found = (rows) => TALK_TITLES.every((t) => rows.some((r) => r.includes(t)));
        let rows = await rowsText(page, rowSel);
        if (found(rows)) return rows;
        // expand collapsed group nodes (talks may be grouped by event or note), then read again
        for (const twistie of await page.$$(`${rowSel}[aria-expanded="false"] .monaco-tl-twistie`)) await twistie.click().catch(() => {});
        rows = await rowsText(page, rowSel);
        return found(rows) ? rows : undefined;
      }, 20_000, 500)) ?? (await rowsText(page, rowSel).catch(() => []));
      await page.screenshot({ path: join(shotsDir, 'tree.png') });
    }
    const missing = TALK_TITLES.filter((t) => !treeRows.some((r) => r.includes(t)));
    check('the view lists the talk titles', iconShown && missing.length === 0,
      missing.length ? `missing ${missing.join(', ')}; rows: ${oneLine(treeRows.join(' / '), 300)}` : oneLine(treeRows.join(' / '), 200));

    check('no CSP violations or errors inside webviews', webviewErrors.length === 0, oneLine(webviewErrors.slice(0, 3).join(' / '), 400));
    if (timedOut) check('finished within the time limit', false);
    ok = checks.every((c) => c.ok);
    say(`screenshots in ${shotsDir}`);
  } catch (e) {
    check('ran without errors', false, oneLine(e?.message ?? e, 600));
    console.error(e?.stack ?? e);
  } finally {
    clearTimeout(soft);
    await runCleanups();
    cancelBackstop();
    if (ok && process.env.ROOFLINE_KEEP_RUN !== '1') removeRunDir(runDir);
    else say(`kept run folder for inspection: ${runDir}`);
  }
  return ok;
}

main().then(
  (ok) => { say(`done in ${secs()}s`); closing(); process.exit(ok ? 0 : 1); },
  async (e) => { console.error(e); await runCleanups(); check('ran without errors', false); closing(); process.exit(1); },
);
