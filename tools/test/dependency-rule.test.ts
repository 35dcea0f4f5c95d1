import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without typings
import { checkDependencyRule } from '../check-deps.mjs';

const probe = join(import.meta.dirname, '..', '..', 'packages', 'torch', 'src', '__probe__.ts');

describe('dependency rule (DESIGN.md)', () => {
  afterEach(() => rmSync(probe, { force: true }));

  it('holds for the whole repository', () => {
    expect(checkDependencyRule()).toEqual([]);
  });

  it('catches torch importing caffe2 and a relative import across packages', () => {
    mkdirSync(join(probe, '..'), { recursive: true });
    writeFileSync(
      probe,
      "import { x } from '@tandem/caffe2';\nimport { y } from '../../core/src/index.js';\n",
    );
    const problems: string[] = checkDependencyRule();
    expect(problems.some((p) => p.includes('imports @tandem/caffe2'))).toBe(true);
    expect(problems.some((p) => p.includes('relative path outside packages/torch'))).toBe(true);
  });
});
