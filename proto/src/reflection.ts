// Reflection over the two schemas, and the link between reflection types and the generated
// static classes.
//
// Note [Field names]
// The generated static classes (generated/onnx.js, generated/caffe2.js) name properties in
// camelCase (`opType`, `rawData`), as protobufjs does by default. The reflection root built here
// uses the same camelCase names, so a message decoded through either has the same shape. The
// .proto names (`op_type`, `raw_data`) are still what protobuf text format and other tools use;
// `protoFieldName(field)` returns them.
import protobuf from 'protobufjs/light.js';
import { descriptor } from '../generated/reflection.js';
import { caffe2 } from '../generated/caffe2.js';
import { onnx } from '../generated/onnx.js';

/** What every generated static message class has: a constructor and its type URL. */
export interface StaticMessageClass<T = object> {
  new (properties?: object): T;
  getTypeUrl(prefix?: string): string;
}

/** A message type given as a generated class, a reflection type or a fully-qualified name. */
export type MessageTypeRef = protobuf.Type | StaticMessageClass | string;

const protoNames = new WeakMap<protobuf.FieldBase, string>();
const staticClasses = new Map<string, StaticMessageClass>();

/**
 * Both schemas as a protobufjs reflection root (`onnx.*` and `caffe2.*`), with camelCase field
 * names like the static classes. Use it for generic code that walks fields.
 *
 * @example
 *   const NetDef = reflectionRoot.lookupType('caffe2.NetDef');
 *   NetDef.fields.externalInput.id; // 7
 */
export const reflectionRoot: protobuf.Root = buildRoot();

/** The .proto spelling of a field's name (`op_type` for our `opType`). */
export function protoFieldName(field: protobuf.FieldBase): string {
  return protoNames.get(field) ?? field.name;
}

/**
 * The reflection type for a generated static class, a fully-qualified name such as
 * `'onnx.ModelProto'`, or a reflection type (returned as is).
 */
export function lookupType(type: MessageTypeRef): protobuf.Type {
  if (type instanceof protobuf.Type) return type;
  const name = typeof type === 'string' ? type : staticTypeName(type);
  const found = reflectionRoot.lookup(name.replace(/^\./, ''));
  if (!(found instanceof protobuf.Type)) {
    throw new Error(`unknown message type '${name}' (expected an onnx.* or caffe2.* message)`);
  }
  return found;
}

/** The generated static class of one of our reflection types, if it has one. */
export function staticClassOf(type: protobuf.Type): StaticMessageClass | undefined {
  return type.root === reflectionRoot ? staticClasses.get(fullName(type)) : undefined;
}

/** `onnx.TensorProto.Segment`, without protobufjs's leading dot. */
export function fullName(type: protobuf.ReflectionObject): string {
  return type.fullName.replace(/^\./, '');
}

function staticTypeName(cls: StaticMessageClass): string {
  if (typeof cls?.getTypeUrl !== 'function') {
    throw new TypeError('expected a generated message class (such as caffe2.NetDef) or a Type');
  }
  return cls.getTypeUrl('').replace(/^\//, '');
}

/** Calls `visit` for every generated message class under a static namespace, nested ones too. */
export function forEachStaticClass(
  namespace: object,
  visit: (name: string, cls: StaticMessageClass) => void,
): void {
  for (const value of Object.values(namespace)) {
    if (typeof value === 'function' && typeof value.getTypeUrl === 'function') {
      visit(staticTypeName(value as StaticMessageClass), value as StaticMessageClass);
      forEachStaticClass(value, visit);
    }
  }
}

/** Calls `visit` for every message type under a reflection namespace, nested ones too. */
export function forEachType(namespace: protobuf.NamespaceBase, visit: (t: protobuf.Type) => void) {
  for (const nested of namespace.nestedArray) {
    if (nested instanceof protobuf.Type) visit(nested);
    if (nested instanceof protobuf.Namespace) forEachType(nested, visit);
  }
}

type JsonNamespace = protobuf.INamespace & {
  fields?: Record<string, protobuf.IField>;
  oneofs?: Record<string, protobuf.IOneOf>;
};

// Renames fields (and oneof members) to camelCase, remembering the .proto names by full path.
function camelCaseFields(json: JsonNamespace, path: string, renamed: Map<string, string>): object {
  const out: Record<string, unknown> = { ...json };
  if (json.fields) {
    out.fields = Object.fromEntries(
      Object.entries(json.fields).map(([name, field]) => {
        const camel = protobuf.util.camelCase(name);
        renamed.set(`${path}.${camel}`, name);
        return [camel, field];
      }),
    );
  }
  if (json.oneofs) {
    out.oneofs = Object.fromEntries(
      Object.entries(json.oneofs).map(([name, oneof]) => [
        protobuf.util.camelCase(name),
        { ...oneof, oneof: oneof.oneof.map((member) => protobuf.util.camelCase(member)) },
      ]),
    );
  }
  if (json.nested) {
    out.nested = Object.fromEntries(
      Object.entries(json.nested).map(([name, nested]) => [
        name,
        camelCaseFields(nested as JsonNamespace, path ? `${path}.${name}` : name, renamed),
      ]),
    );
  }
  return out;
}

function buildRoot(): protobuf.Root {
  const renamed = new Map<string, string>();
  const root = protobuf.Root.fromJSON(
    camelCaseFields(descriptor as JsonNamespace, '', renamed) as protobuf.INamespace,
  );
  root.resolveAll();
  forEachType(root, (type) => {
    for (const field of type.fieldsArray) {
      const protoName = renamed.get(`${fullName(type)}.${field.name}`);
      if (protoName !== undefined) protoNames.set(field, protoName);
    }
  });
  for (const namespace of [onnx, caffe2]) {
    forEachStaticClass(namespace, (name, cls) => staticClasses.set(name, cls));
  }
  return root;
}
