import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { getApi, treeLabel } from '../helpers';

async function collect(provider: vscode.TreeDataProvider<unknown>, depth = 4): Promise<vscode.TreeItem[]> {
  const out: vscode.TreeItem[] = [];
  const walk = async (element: unknown, d: number) => {
    const children = (await provider.getChildren(element as never)) ?? [];
    for (const child of children) {
      const item = await provider.getTreeItem(child);
      out.push(item);
      if (d > 1 && item.collapsibleState !== vscode.TreeItemCollapsibleState.None) await walk(child, d - 1);
    }
  };
  await walk(undefined, depth);
  return out;
}

describe('talks tree', () => {
  it('lists the talks of the workspace with their speakers', async () => {
    const api = await getApi();
    assert.ok(api.talksTree, 'activate() result exposes talksTree (a TreeDataProvider)');
    const items = await collect(api.talksTree);
    const texts = items.map((i) => [treeLabel(i), i.description, typeof i.tooltip === 'string' ? i.tooltip : i.tooltip?.value]
      .filter((x) => typeof x === 'string').join(' | '));
    const all = texts.join('\n');
    for (const title of ['The State of Hardware', 'Opening Statement', 'ThunderKittens']) {
      assert.ok(items.some((i) => treeLabel(i).includes(title)), `a tree item labelled "${title}" in:\n${all}`);
    }
    for (const speaker of ['Christos Kozyrakis', 'Mark Saroufim', 'Simran Arora']) {
      assert.ok(all.includes(speaker), `speaker "${speaker}" shown in:\n${all}`);
    }
  });
});
