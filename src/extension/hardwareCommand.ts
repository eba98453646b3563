// `Roofline Notes: Set Note Hardware…`: a QuickPick of catalog accelerators and systems (and
// the user's own), then one WorkspaceEdit on the note's frontmatter (YAML stays YAML, TOML
// stays TOML). Arguments (uri, hardwareId) skip the QuickPick.
import * as vscode from 'vscode';
import { ACCELERATORS, SYSTEMS, getAccelerator, resolveHardware } from '../core/catalog/index.js';
import type { Accelerator, System } from '../core/catalog/types.js';
import { hardwareFrontmatterEdits } from '../core/edits.js';
import { formatFigureValue } from '../core/present/format.js';
import type { Indexer } from './indexer.js';
import type { Log } from './log.js';
import type { UserHardware } from './userHardware.js';
import { uriArg } from './util.js';

export const SET_HARDWARE_COMMAND = 'rooflineNotes.setNoteHardware';

interface HardwareItem extends vscode.QuickPickItem {
  id?: string;
}

export interface HardwareCommandDeps {
  indexer: Indexer;
  hardware: UserHardware;
  log: Log;
}

function acceleratorDetail(a: Accelerator): string {
  const parts: string[] = [];
  if (a.hbmCapacity) parts.push(`${formatFigureValue(a.hbmCapacity)}${a.memoryType ? ` ${a.memoryType}` : ''}`);
  if (a.hbmBandwidth) parts.push(formatFigureValue(a.hbmBandwidth));
  const bf16 = a.flops.find((f) => f.precision === 'bf16' && f.sparsity === 'dense') ?? a.flops[0];
  if (bf16) parts.push(`${formatFigureValue(bf16)} ${bf16.precision.toUpperCase()} ${bf16.sparsity}`);
  return parts.join(' · ');
}

function systemDetail(s: System): string {
  return `${s.gpusPerDomain} × ${getAccelerator(s.accelerator)?.name ?? s.accelerator} per scale-up domain`;
}

export function hardwareItems(user: readonly Accelerator[], current: string | undefined): HardwareItem[] {
  const items: HardwareItem[] = [];
  const mark = (id: string): string => (id === current ? '$(check) ' : '');
  if (user.length) {
    items.push({ label: 'Your hardware file', kind: vscode.QuickPickItemKind.Separator });
    for (const a of user) items.push({ label: `${mark(a.id)}${a.name}`, description: a.id, detail: acceleratorDetail(a), id: a.id });
  }
  const userIds = new Set(user.map((a) => a.id));
  const vendors = new Map<string, Accelerator[]>();
  for (const a of ACCELERATORS) {
    if (userIds.has(a.id)) continue;
    const list = vendors.get(String(a.vendor)) ?? [];
    list.push(a);
    vendors.set(String(a.vendor), list);
  }
  for (const [vendor, list] of vendors) {
    items.push({ label: vendor, kind: vscode.QuickPickItemKind.Separator });
    for (const a of list) items.push({ label: `${mark(a.id)}${a.name}`, description: a.id, detail: acceleratorDetail(a), id: a.id });
  }
  items.push({ label: 'Systems', kind: vscode.QuickPickItemKind.Separator });
  for (const s of SYSTEMS) items.push({ label: `${mark(s.id)}${s.name}`, description: s.id, detail: systemDetail(s), id: s.id });
  return items;
}

export function registerHardwareCommand(deps: HardwareCommandDeps): vscode.Disposable {
  return vscode.commands.registerCommand(
    SET_HARDWARE_COMMAND,
    deps.log.guard('Set Note Hardware', async (target?: unknown, hardwareId?: unknown): Promise<boolean> => {
      const uri = uriArg(target) ?? vscode.window.activeTextEditor?.document.uri;
      if (!uri) {
        void vscode.window.showInformationMessage('Roofline Notes: open a markdown note to set its hardware.');
        return false;
      }
      const document = await vscode.workspace.openTextDocument(uri);
      const note = deps.indexer.ensureFresh(document);
      if (!note) {
        void vscode.window.showInformationMessage('Roofline Notes: hardware can only be set on a markdown note.');
        return false;
      }
      let id = typeof hardwareId === 'string' && hardwareId.trim() ? hardwareId.trim() : undefined;
      const user = deps.hardware.userAccelerators;
      if (id && !resolveHardware(id, user.length ? user : undefined)) {
        void vscode.window.showWarningMessage(`Roofline Notes: unknown hardware “${id}”.`);
        return false;
      }
      if (!id) {
        const picked = await vscode.window.showQuickPick(hardwareItems(user, note.context.hardware), {
          title: `Hardware for “${note.title}”`,
          placeHolder: note.context.hardware ? `Currently ${note.context.hardware}. Type to filter by name or id` : 'Type to filter by name or id (H100, MI300X, TPU v5p …)',
          matchOnDescription: true,
          matchOnDetail: true,
        });
        if (!picked?.id) return false;
        id = picked.id;
      }
      // Edits are computed on the current buffer, so unsaved changes are kept and undo works.
      const edit = new vscode.WorkspaceEdit();
      for (const e of hardwareFrontmatterEdits(document.getText(), id)) {
        edit.replace(uri, new vscode.Range(document.positionAt(e.span.start), document.positionAt(e.span.end)), e.newText);
      }
      const applied = await vscode.workspace.applyEdit(edit);
      if (applied) deps.indexer.reindexDocument(document);
      return applied;
    }),
  );
}
