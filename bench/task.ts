// Child-process entry: node out/bench/task.js <task> '<json args>'.
// Every measurement runs in a fresh process so that one run's JIT state, heap
// and caches never leak into the next. Prints one BENCH_RESULT line.
import { emitResult } from './common.js';

async function run(task: string, args: Record<string, unknown>): Promise<unknown> {
  const corpus = String(args.corpus);
  switch (task) {
    case 'read': {
      const { readAll } = await import('./task-baselines.js');
      return readAll(corpus);
    }
    case 'regex': {
      const { regexPass } = await import('./task-baselines.js');
      return regexPass(corpus);
    }
    case 'foam': {
      const { foamStyle } = await import('./task-baselines.js');
      return foamStyle(corpus);
    }
    case 'cold': {
      const { cold } = await import('./task-engine.js');
      return cold(args as Parameters<typeof cold>[0]);
    }
    case 'warm': {
      const { warm } = await import('./task-engine.js');
      return warm(args as Parameters<typeof warm>[0]);
    }
    case 'parallel': {
      const { parallel } = await import('./task-engine.js');
      return parallel(args as Parameters<typeof parallel>[0]);
    }
    case 'interactive': {
      const { interactive } = await import('./task-engine.js');
      return interactive(args as Parameters<typeof interactive>[0]);
    }
    case 'memory-breakdown': {
      const { memoryBreakdown } = await import('./task-engine.js');
      return memoryBreakdown(args as Parameters<typeof memoryBreakdown>[0]);
    }
    case 'diff': {
      const { diff } = await import('./task-engine.js');
      return diff(args as Parameters<typeof diff>[0]);
    }
    default:
      throw new Error(`unknown task ${task}`);
  }
}

const [task = '', json = '{}'] = process.argv.slice(2);
try {
  emitResult(await run(task, JSON.parse(json) as Record<string, unknown>));
} catch (error) {
  process.stderr.write(`bench task ${task} failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
}
