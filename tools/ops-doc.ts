// Writes docs/operators.md from the op table (the registry test fails when it is stale).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { supportMarkdown } from '@tandem/core';

const file = join(import.meta.dirname, '..', 'docs', 'operators.md');
writeFileSync(file, supportMarkdown());
console.log(`wrote ${file}`);
