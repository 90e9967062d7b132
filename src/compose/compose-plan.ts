import type { Bytes } from '../component/write/bytes.js';
import parseSemver from 'semver/functions/parse.js';
import semverGt from 'semver/functions/gt.js';
import validSemver from 'semver/functions/valid.js';
import { UserInputError } from '../errors.js';
import {
  describeComponent,
  type ComponentInterface,
  type ExternItem,
} from '../inspect/component-interface.js';
import { parseInterfaceName } from '../inspect/interface-name.js';
import { resolveInstanceType } from '../inspect/component-interface.js';
import { instanceFunctions, instanceTypeFunctions } from '../inspect/signatures.js';
import { isPlainValueType, localTypes } from '../component/read/local-types.js';
import type { Import, Sort } from '../component/ast.js';
import type { Component } from '../component/read/read-component.js';

/** A composition problem the user must fix: reported as one line. */
export class ComposeError extends UserInputError {}

export interface ComposeNode {
  label: string;
  /** The component's bytes, as the chunks to nest. */
  nested: Bytes[];
  component: Component;
  iface: ComponentInterface;
  /** How each import (by name) is satisfied. */
  wiring: Map<string, Wire>;
}

export type Wire =
  | { from: 'host'; key: string }
  | { from: 'plug'; plug: ComposeNode; exportName: string; sort: Sort }
  /** An instance of plain value types only: the composer defines them itself (plainTypeExports). */
  | { from: 'types'; typeIndex: number; names: string[] };

export interface HostImport {
  /** The name the composed component imports it under: the highest version among its users. */
  name: string;
  sources: { node: ComposeNode; imp: Import }[];
}

export interface ComposePlan {
  /** Plugs that something uses, in instantiation order, then the root. */
  nodes: ComposeNode[];
  root: ComposeNode;
  hostImports: Map<string, HostImport>;
  warnings: string[];
}

/**
 * The key under which imports and exports match: the interface and its semver
 * compatibility track (`wasi:cli/environment@0.2`), so a plug's `@0.2.x`
 * export satisfies a root's `@0.2.y` import. Other names match exactly.
 */
export function compatibilityKey(name: string): string {
  const parsed = parseInterfaceName(name);
  if (!parsed?.version) return parsed?.id ?? name;
  const version = parseSemver(parsed.version);
  if (!version || version.prerelease.length > 0) return `${parsed.id}@${parsed.version}`;
  const track =
    version.major > 0
      ? `${version.major}`
      : version.minor > 0
        ? `0.${version.minor}`
        : `0.0.${version.patch}`;
  return `${parsed.id}@${track}`;
}

function higherVersion(a: string, b: string): string {
  const va = parseInterfaceName(a)?.version;
  const vb = parseInterfaceName(b)?.version;
  return va && vb && validSemver(va) && validSemver(vb) && semverGt(vb, va) ? b : a;
}

export function composeNode(label: string, nested: Bytes[], component: Component): ComposeNode {
  return { label, nested, component, iface: describeComponent(component), wiring: new Map() };
}

interface Provider {
  plug: ComposeNode;
  item: ExternItem;
  sort: Sort;
  index: number;
}

/** Fails unless the plug's export carries every function and resource the consumer imports. */
function checkProvides(consumer: ComposeNode, imp: Import, provider: Provider): void {
  const name = imp.name.name;
  const wanted = consumer.iface.imports.find((i) => i.name === name);
  const given = provider.item;
  if (!wanted) return;
  if (wanted.kind !== given.kind) {
    throw new ComposeError(
      `'${provider.plug.label}' exports ${given.name} as a ${given.kind}, but '${consumer.label}' imports ${name} as a ${wanted.kind}`,
    );
  }
  if (!wanted.functions || !given.functions) return;
  const offered = new Set([...given.functions, ...(given.resources ?? []), ...(given.types ?? [])]);
  const missing = [...wanted.functions, ...(wanted.resources ?? [])].filter((f) => !offered.has(f));
  if (missing.length > 0) {
    throw new ComposeError(
      `'${provider.plug.label}' exports ${given.name} without ${missing.join(', ')}, which '${consumer.label}' imports from ${name}`,
    );
  }
  if (imp.type.kind !== 'instance') return;
  const wantedTypes = instanceTypeFunctions(consumer.component.scope, imp.type.typeIndex);
  const givenTypes = instanceFunctions(provider.plug.component.scope, provider.index);
  for (const func of wanted.functions) {
    const [want, give] = [wantedTypes.get(func), givenTypes.get(func)];
    if (want !== undefined && give !== undefined && want !== give) {
      throw new ComposeError(
        `'${provider.plug.label}' exports ${func} of ${given.name} as ${give}, but '${consumer.label}' imports it as ${want}`,
      );
    }
  }
}

/**
 * The type names an instance import exports when it exports nothing but plain
 * value types (wall-clock's `datetime`, which the virtual adapter imports only
 * because the host's filesystem/types uses it): such an import of a plug needs
 * nothing from the host. Undefined otherwise.
 */
function plainTypeExports(node: ComposeNode, imp: Import): string[] | undefined {
  if (imp.type.kind !== 'instance') return undefined;
  const instanceType = resolveInstanceType(node.component.scope, imp.type.typeIndex);
  if (!instanceType) return undefined;
  const { locals, types } = localTypes(instanceType.decls);
  const exports = instanceType.decls.filter((d) => d.kind === 'export');
  const plain = exports.every((d) => {
    const local = types.get(d.name.name);
    return local !== undefined && isPlainValueType(locals, local);
  });
  return plain && exports.length > 0 ? exports.map((d) => d.name.name) : undefined;
}

/** Decides which plug export satisfies which import, and what is left for the host. */
export function planComposition(root: ComposeNode, plugs: ComposeNode[]): ComposePlan {
  const providers = new Map<string, Provider>();
  const warnings: string[] = [];
  for (const node of [...plugs, root]) {
    for (const imp of node.component.imports) {
      const key = compatibilityKey(imp.name.name);
      const provider = providers.get(key);
      if (provider) {
        checkProvides(node, imp, provider);
        node.wiring.set(imp.name.name, {
          from: 'plug',
          plug: provider.plug,
          exportName: provider.item.name,
          sort: provider.sort,
        });
      } else {
        // Only a plug's: the root keeps the imports it has unless a plug satisfies them.
        const names = node === root ? undefined : plainTypeExports(node, imp);
        node.wiring.set(
          imp.name.name,
          names && imp.type.kind === 'instance'
            ? { from: 'types', typeIndex: imp.type.typeIndex, names }
            : { from: 'host', key },
        );
      }
    }
    if (node === root) break;
    node.component.exports.forEach((exp, i) => {
      const key = compatibilityKey(exp.name.name);
      const earlier = providers.get(key);
      if (earlier)
        warnings.push(
          `both '${earlier.plug.label}' and '${node.label}' export ${exp.name.name}; '${node.label}' is used`,
        );
      providers.set(key, {
        plug: node,
        item: node.iface.exports[i]!,
        sort: exp.item.sort,
        index: exp.item.index,
      });
    });
  }

  const used = new Set<ComposeNode>([root]);
  const visit = (node: ComposeNode) => {
    for (const wire of node.wiring.values()) {
      if (wire.from === 'plug' && !used.has(wire.plug)) {
        used.add(wire.plug);
        visit(wire.plug);
      }
    }
  };
  visit(root);
  for (const plug of plugs) {
    if (!used.has(plug))
      warnings.push(
        `'${plug.label}' satisfies no import of '${root.label}' or of the plugs it uses; it is left out`,
      );
  }

  const nodes = [...plugs.filter((p) => used.has(p)), root];
  const hostImports = new Map<string, HostImport>();
  for (const node of nodes) {
    for (const imp of node.component.imports) {
      const wire = node.wiring.get(imp.name.name)!;
      if (wire.from !== 'host') continue;
      const group = hostImports.get(wire.key);
      if (!group) {
        hostImports.set(wire.key, { name: imp.name.name, sources: [{ node, imp }] });
        continue;
      }
      const first = group.sources[0]!.imp;
      if (first.type.kind !== imp.type.kind) {
        throw new ComposeError(
          `'${group.sources[0]!.node.label}' imports ${first.name.name} as a ${first.type.kind} but '${node.label}' imports ${imp.name.name} as a ${imp.type.kind}`,
        );
      }
      group.name = higherVersion(group.name, imp.name.name);
      group.sources.push({ node, imp });
    }
  }
  return { nodes, root, hostImports, warnings };
}
