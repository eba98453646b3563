// Roofline Notes for VS Code. activate() only wires things up and returns at once: indexing
// starts on a timer, in the background, and every view and command copes with a half-built
// index. Errors are caught in one place (Log.guard / the try below) and logged to the
// "Roofline Notes" output channel.
import * as vscode from 'vscode';
import { setDetailCacheLimit } from '../core/codec.js';
import { WorkspaceIndex } from '../core/workspace.js';
import { indexOptions, needsReanalysis, needsRescan } from '../core/present/settings.js';
import { Config } from './config.js';
import { Log } from './log.js';
import { UserHardware } from './userHardware.js';
import { Indexer, type RunResult } from './indexer.js';
import { IndexCache } from './indexCache.js';
import { Diagnostics } from './diagnostics.js';
import { Reports } from './report.js';
import { registerVerify } from './verify.js';
import { registerHover } from './hover.js';
import { registerLinks } from './links.js';
import { registerCompletion } from './completion.js';
import { registerReferences } from './references.js';
import { registerCodeActions } from './codeActions.js';
import { registerHardwareCommand } from './hardwareCommand.js';
import { ClaimsTreeProvider, registerClaimsTree, type ClaimsNode } from './claimsTree.js';
import { TalksTreeProvider, registerTalksTree, type TalksNode } from './talksTree.js';
import { registerDecorations } from './decorations.js';
import { registerStatusBar } from './statusBar.js';
import { extendMarkdownIt } from './markdownIt.js';

export interface RooflineNotesApi {
  /** Resolves when the current indexing run is over and pending edits and file events are applied. */
  whenIndexed(): Promise<void>;
  /** A full indexing run now (the same as at start-up), and how it went. */
  reindex(): Promise<RunResult>;
  /** The last finished full run. */
  lastRun(): RunResult | undefined;
  /**
   * Resolves when the persistent index cache writes started so far are on disk. A full run starts
   * one as it ends, so after whenIndexed() or reindex() this is the cache the next start reads.
   */
  whenCacheWritten(): Promise<void>;
  index: WorkspaceIndex;
  talksTree: vscode.TreeDataProvider<TalksNode>;
  claimsTree: vscode.TreeDataProvider<ClaimsNode>;
  /** For contributes.markdown.markdownItPlugins. */
  extendMarkdownIt(md: unknown): unknown;
}

const DETAIL_CACHE_NOTES = 2048;

export function activate(context: vscode.ExtensionContext): RooflineNotesApi {
  const started = Date.now();
  const log = new Log();
  context.subscriptions.push(log);
  const config = new Config((what, e) => log.error(what, e));
  // A long-lived host: keep the details of recently read notes built, not of every note ever read.
  setDetailCacheLimit(DETAIL_CACHE_NOTES);
  const hardware = new UserHardware(config, log);
  const index = new WorkspaceIndex(indexOptions(config.current));
  const indexer = new Indexer(index, config, log, new IndexCache(context.storageUri, log), vscode.Uri.joinPath(context.extensionUri, 'dist', 'indexWorker.cjs').fsPath);
  const talksTree = new TalksTreeProvider(index, log);
  const claimsTree = new ClaimsTreeProvider(index, log);
  context.subscriptions.push(config, hardware, indexer, talksTree, claimsTree);

  try {
    const diagnostics = new Diagnostics(index, config, log, () => indexer.isIndexing);
    const reports = new Reports(context, index, log);
    context.subscriptions.push(
      diagnostics,
      reports,
      registerVerify({ index, indexer, diagnostics, reports, log }),
      registerHover({ index, indexer, hardware, log }),
      registerLinks({ index, indexer, log }),
      registerCompletion({ index, indexer, log }),
      registerReferences({ index, indexer, log }),
      registerCodeActions({ index, indexer, log }),
      registerHardwareCommand({ indexer, hardware, log }),
      registerTalksTree(talksTree),
      registerClaimsTree(claimsTree),
      registerDecorations({ index, indexer, config, log }),
      registerStatusBar({ index, indexer, log }),
    );

    // Settings: verdict-relevant ones re-analyse every note (in the background); include/exclude re-scan.
    const reanalyse = (): void => {
      index.setOptions(indexOptions(config.current, hardware.userAccelerators));
      indexer.rescan(true);
    };
    context.subscriptions.push(
      config.onDidChange(
        log.guard('applying settings', (change) => {
          if (needsReanalysis(change.previous, change.current)) reanalyse();
          else if (needsRescan(change.previous, change.current) || change.filesExcludeChanged) indexer.rescan();
        }),
      ),
      hardware.onDidChange(log.guard('applying the hardware file', reanalyse)),
    );

    // Nothing heavy here: the hardware file and the first indexing run start after activate() returns.
    if (config.current.hardwareFile) {
      setTimeout(() => {
        log.run('loading the hardware file', async () => {
          try {
            await hardware.load();
          } finally {
            indexer.start();
          }
        });
      }, 0);
    } else {
      indexer.start();
    }
    log.info(`Activated in ${Date.now() - started} ms (${vscode.workspace.workspaceFolders?.length ?? 0} workspace folder(s)); indexing in the background.`);
  } catch (error) {
    log.error('activating Roofline Notes', error);
  }

  return {
    whenIndexed: () => indexer.whenIndexed(),
    reindex: () => indexer.reindexAll(),
    lastRun: () => indexer.lastRun,
    whenCacheWritten: () => indexer.whenCacheWritten(),
    index,
    talksTree,
    claimsTree,
    extendMarkdownIt: (md: unknown) => {
      try {
        return extendMarkdownIt(md, index, config);
      } catch (error) {
        log.error('extending the markdown preview', error);
        return md;
      }
    },
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
