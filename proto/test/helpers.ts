// Shared test helpers.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs/light.js';
import { lookupType, type StaticMessageClass } from '../src/index.js';
import { fullName } from '../src/reflection.js';

/**
 * Paths of fields in `message` (of `type`) that the schema did not know, which protobufjs keeps
 * in `$unknowns`. Empty when every field in the input was in our .proto.
 */
export function unknownFields(
  type: protobuf.Type | StaticMessageClass,
  message: object,
  path = '',
): string[] {
  const reflected = lookupType(type);
  const found: string[] = [];
  const record = message as Record<string, unknown>;
  if (Array.isArray(record.$unknowns) && record.$unknowns.length) {
    found.push(`${path || fullName(reflected)}`);
  }
  for (const field of reflected.fieldsArray) {
    if (!(field.resolvedType instanceof protobuf.Type)) continue;
    const value = record[field.name];
    const items = field.repeated
      ? ((value as object[] | undefined) ?? [])
      : Object.hasOwn(record, field.name) && value
        ? [value as object]
        : [];
    items.forEach((item, i) =>
      found.push(
        ...unknownFields(
          field.resolvedType as protobuf.Type,
          item,
          `${path}.${field.name}${field.repeated ? `[${i}]` : ''}`,
        ),
      ),
    );
  }
  return found;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(
    Buffer.from(b.buffer, b.byteOffset, b.byteLength),
  );
}

/**
 * The project's shared/models folder (Caffe2 zoo nets, ONNX models): $TANDEM_SHARED/models, else
 * shared/ beside the repository checkout, else /work/shared.
 */
export const SHARED_MODELS = findSharedModels();

function findSharedModels(): string {
  const candidates = [
    process.env.TANDEM_SHARED,
    fileURLToPath(new URL('../../../shared', import.meta.url)),
    '/work/shared',
  ]
    .filter((c): c is string => Boolean(c))
    .map((dir) => join(dir, 'models'));
  const found = candidates.find((dir) => existsSync(join(dir, 'caffe2-zoo')));
  if (!found) {
    throw new Error(
      `shared models not found (looked in ${candidates.join(', ')}); ` +
        'set TANDEM_SHARED to the shared/ folder',
    );
  }
  return found;
}
