/**
 * File descriptors as protoc writes them, from the ones @grpc/proto-loader (protobufjs) produces:
 * protobufjs writes type references relative to their scope and leaves out the files' imports, which
 * strict consumers refuse (@bufbuild/protobuf's registry, Go's protodesc behind grpcurl). Here every
 * reference (field types, extension types and extendees, method input and output types) becomes
 * fully qualified, fields have protoc's json_name, each file lists the files it uses as dependencies,
 * and files come dependencies first.
 */
import type { DescriptorProto, FileDescriptorProto } from '@bufbuild/protobuf/wkt';

/** protoc's json_name: underscores dropped, the letter after each one upper-cased. */
export function jsonName(name: string): string {
  return name.replace(/_+([a-z0-9]?)/g, (_m, c: string) => c.toUpperCase());
}

/** Every message and enum name (fully qualified, no leading dot) → the file defining it. */
function ownersOf(files: FileDescriptorProto[]): Map<string, string> {
  const owner = new Map<string, string>();
  const walk = (scope: string, msgs: DescriptorProto[], file: string): void => {
    for (const m of msgs) {
      const name = scope ? `${scope}.${m.name}` : m.name;
      owner.set(name, file);
      for (const e of m.enumType) owner.set(`${name}.${e.name}`, file);
      walk(name, m.nestedType, file);
    }
  };
  for (const f of files) {
    walk(f.package, f.messageType, f.name);
    for (const e of f.enumType) owner.set(f.package ? `${f.package}.${e.name}` : e.name, f.name);
  }
  return owner;
}

/** Qualifies relative type references (protobuf scoping: innermost scope first) and records imports; mutates and returns `files`, ordered. */
export function restoreDescriptors(files: FileDescriptorProto[]): FileDescriptorProto[] {
  const owner = ownersOf(files);
  const resolve = (scope: string, ref: string): string | undefined => {
    if (ref.startsWith('.')) return owner.has(ref.slice(1)) ? ref.slice(1) : undefined;
    let sc = scope;
    for (;;) {
      const candidate = sc ? `${sc}.${ref}` : ref;
      if (owner.has(candidate)) return candidate;
      if (!sc) return undefined;
      sc = sc.includes('.') ? sc.slice(0, sc.lastIndexOf('.')) : '';
    }
  };
  for (const f of files) {
    const deps = new Set<string>();
    /** The reference qualified (with its leading dot), its file recorded as a dependency; unchanged when unknown. */
    const qualify = (scope: string, ref: string): string => {
      if (!ref) return ref;
      const name = resolve(scope, ref);
      if (!name) return ref;
      const file = owner.get(name);
      if (file && file !== f.name) deps.add(file);
      return `.${name}`;
    };
    const fix = (scope: string, msgs: DescriptorProto[]): void => {
      for (const m of msgs) {
        const inner = scope ? `${scope}.${m.name}` : m.name;
        // protobufjs also lists the extensions other files declare on a message (google.protobuf.*Options)
        // as its fields, named `.package.name`; they belong to the declaring file's extensions only
        m.field = m.field.filter((field) => !field.name.startsWith('.'));
        for (const field of m.field) {
          field.typeName = qualify(inner, field.typeName);
          // protobufjs writes an empty json_name; protoc writes the lowerCamelCase name
          if (!field.jsonName) field.jsonName = jsonName(field.name);
        }
        for (const ext of m.extension) {
          ext.typeName = qualify(inner, ext.typeName);
          ext.extendee = qualify(inner, ext.extendee);
        }
        fix(inner, m.nestedType);
      }
    };
    fix(f.package, f.messageType);
    for (const ext of f.extension) {
      ext.typeName = qualify(f.package, ext.typeName);
      ext.extendee = qualify(f.package, ext.extendee);
    }
    for (const s of f.service) {
      for (const m of s.method) {
        m.inputType = qualify(f.package, m.inputType);
        m.outputType = qualify(f.package, m.outputType);
      }
    }
    f.dependency = [...new Set([...f.dependency.filter((d) => files.some((x) => x.name === d)), ...deps])].sort();
  }
  // dependencies first
  const byName = new Map(files.map((f) => [f.name, f]));
  const ordered: FileDescriptorProto[] = [];
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const f = byName.get(name);
    if (!f) return;
    for (const d of f.dependency) visit(d);
    ordered.push(f);
  };
  for (const f of files) visit(f.name);
  return ordered;
}
