import {
  INSTANCE_SORT as INSTANCE,
  TYPE_SORT as TYPE,
  type Declaration,
  type ExternName,
  type Sort,
} from '../component/ast.js';
import { ByteWriter } from '../component/write/byte-writer.js';
import { concatBytes, type Bytes } from '../component/write/bytes.js';
import { ComponentBuilder } from '../component/write/component-builder.js';
import {
  compatibilityKey,
  composeNode,
  ComposeError,
  planComposition,
  type ComposeNode,
  type HostImport,
} from './compose-plan.js';
import {
  encodeDeclaration,
  encodeDefType,
  type IndexMap,
} from '../component/write/encode-types.js';
import { bridgeExport, type BridgeContext, type ExportBridge } from './export-bridge.js';
import { definitionOf, isPlainValueType, localTypes } from '../component/read/local-types.js';
import { readComponent, type Component } from '../component/read/read-component.js';
import { sortName } from '../component/read/scope.js';
import { externSort } from '../component/read/types.js';
import {
  describeComponent,
  resolveInstanceType,
  type ExternItem,
} from '../inspect/component-interface.js';

export { ComposeError } from './compose-plan.js';
export type { ExportBridge } from './export-bridge.js';

export interface ComposeInput {
  bytes: Uint8Array;
  /**
   * The bytes to nest, in chunks, when `bytes` stands in for them: the same component before
   * data was added to a core module (core-data.ts), so the data is copied once, into the output.
   */
  chunks?: Bytes[];
  /** How messages name this component, e.g. its file name. */
  label: string;
  /** The decoded component, when the caller has it already. */
  component?: Component;
}

export interface ComposeResult {
  /** The composed component in one buffer, assembled when first read. */
  readonly bytes: Uint8Array;
  /** The composed component as its chunks (the nested inputs among them, not copied). */
  chunks: Bytes[];
  length: number;
  /**
   * The composed component's imports, read (when first asked for) from its sections before the
   * first nested component, where the composer declares every host import, so the whole is
   * never re-read.
   */
  readonly imports: ExternItem[];
  warnings: string[];
  /** Which plug export satisfied which import (or PLAIN_TYPES: an instance of plain types, defined in place). */
  satisfied: { consumer: string; import: string; plug: string; export: string }[];
}

/** The `plug` of an import needing only plain value types, which the composed component defines itself. */
export const PLAIN_TYPES = 'plain types, defined in place';

/**
 * Composes `plugs` into `root`: every component is nested unchanged, plugs are
 * instantiated first, each import is wired to the plug export of the same
 * interface (semver-compatible), the rest become imports of the result with
 * their types carried over, and the root's exports are re-exported.
 */
export function compose(
  root: ComposeInput,
  plugs: ComposeInput[],
  bridges: ExportBridge[] = [],
): ComposeResult {
  const toNode = (input: ComposeInput) =>
    composeNode(
      input.label,
      input.chunks ?? [input.bytes],
      input.component ?? readComponent(input.bytes),
    );
  const plan = planComposition(toNode(root), plugs.map(toNode));
  return new Composer(plan.hostImports).emit(plan.nodes, plan.root, plan.warnings, bridges);
}

class Composer {
  private readonly b = new ComponentBuilder();
  private readonly hostIndex = new Map<string, number>();
  private readonly inProgress = new Set<string>();
  private readonly aliases = new Map<string, number>();
  private readonly relocated = new Map<ComposeNode, Map<number, number>>();
  private readonly instances = new Map<ComposeNode, number>();
  /** The host import whose type is being carried over, for messages. */
  private current?: HostImport;

  constructor(private readonly hostImports: Map<string, HostImport>) {}

  emit(
    nodes: ComposeNode[],
    root: ComposeNode,
    warnings: string[],
    bridges: ExportBridge[],
  ): ComposeResult {
    const splits: SplitResource[] = [];
    for (const key of this.hostImports.keys()) {
      try {
        this.host(key);
      } catch (error) {
        if (!(error instanceof SplitResource)) throw error;
        splits.push(error);
      }
    }
    if (splits.length > 0) throw splitError(splits);
    const componentIndex = new Map(nodes.map((node) => [node, this.b.component(node.nested)]));
    const satisfied: ComposeResult['satisfied'] = [];
    for (const node of nodes) {
      const args = node.component.imports.map((imp) => {
        const name = imp.name.name;
        const wire = node.wiring.get(name)!;
        if (wire.from === 'host')
          return {
            name,
            item: { sort: externSort(imp.type), index: this.hostIndex.get(wire.key)! },
          };
        if (wire.from === 'types') {
          satisfied.push({
            consumer: node.label,
            import: name,
            plug: PLAIN_TYPES,
            export: wire.names.join(', '),
          });
          return {
            name,
            item: { sort: INSTANCE, index: this.typesInstance(node, wire.typeIndex, wire.names) },
          };
        }
        satisfied.push({
          consumer: node.label,
          import: name,
          plug: wire.plug.label,
          export: wire.exportName,
        });
        return {
          name,
          item: {
            sort: wire.sort,
            index: this.alias(wire.sort, this.instances.get(wire.plug)!, wire.exportName),
          },
        };
      });
      this.instances.set(node, this.b.instantiate(componentIndex.get(node)!, args));
    }
    const missing = bridges.find(
      (b) => !root.component.exports.some((e) => e.name.name === b.export),
    );
    if (missing) throw new ComposeError(`'${root.label}' exports no ${missing.export}`);
    const rootInstance = this.instances.get(root)!;
    for (const exp of root.component.exports) {
      const bridge = bridges.find((b) => b.export === exp.name.name);
      this.b.export(exp.name, {
        sort: exp.item.sort,
        index: bridge
          ? bridgeExport(this.bridgeContext(nodes, root), root, rootInstance, bridge)
          : this.alias(exp.item.sort, rootInstance, exp.name.name),
      });
    }

    const { chunks, beforeNested } = this.b.finishChunks();
    let bytes: Uint8Array | undefined;
    let imports: ExternItem[] | undefined;
    return {
      get bytes() {
        return (bytes ??= concatBytes(chunks));
      },
      chunks,
      length: chunks.reduce((n, c) => n + c.length, 0),
      get imports() {
        return (imports ??= describeComponent(
          readComponent(concatBytes(chunks.slice(0, beforeNested))),
        ).imports);
      },
      warnings,
      satisfied,
    };
  }

  private bridgeContext(nodes: ComposeNode[], root: ComposeNode): BridgeContext {
    return {
      b: this.b,
      alias: (sort, instance, name) => this.alias(sort, instance, name),
      hostInstance: (name) => this.hostIndex.get(compatibilityKey(name)),
      suppliedInstance: (name) => {
        const wire = root.wiring.get(name);
        return wire?.from === 'plug'
          ? this.alias(INSTANCE, this.instances.get(wire.plug)!, wire.exportName)
          : undefined;
      },
      plugInstance: (name) => {
        const plug = nodes.find(
          (n) => n !== root && n.component.exports.some((e) => e.name.name === name),
        );
        return plug && this.instances.get(plug);
      },
    };
  }

  /** One `alias export` per (instance, sort, name), however often it is needed. */
  private alias(sort: Sort, instance: number, name: string): number {
    const key = `${instance}\0${sortName(sort)}\0${name}`;
    let index = this.aliases.get(key);
    if (index === undefined) {
      index = this.b.aliasExport(sort, instance, name);
      this.aliases.set(key, index);
    }
    return index;
  }

  /** Emits the composed component's import for a host interface (once), with a type that fits every user. */
  private host(key: string): number {
    const done = this.hostIndex.get(key);
    if (done !== undefined) return done;
    const group = this.hostImports.get(key)!;
    if (this.inProgress.has(key))
      throw new ComposeError(`the type of ${group.name} refers to itself`);
    this.inProgress.add(key);
    const outer = this.current;
    this.current = group;
    try {
      const index = this.importFor(group);
      this.hostIndex.set(key, index);
      return index;
    } finally {
      this.current = outer;
      this.inProgress.delete(key);
    }
  }

  private importFor(group: HostImport): number {
    const first = group.sources[0]!;
    const name: ExternName = { ...first.imp.name, name: group.name };
    const type = first.imp.type;
    let index: number;
    switch (type.kind) {
      case 'instance': {
        const merged = this.mergeInstanceTypes(group);
        index = this.b.import(name, {
          kind: 'instance',
          typeIndex: this.b.type((w) => w.bytes(merged.view())),
        });
        break;
      }
      case 'func':
      case 'component':
        index = this.b.import(name, {
          kind: type.kind,
          typeIndex: this.relocate(first.node, type.typeIndex),
        });
        break;
      case 'type':
        index = this.b.import(
          name,
          'eq' in type.bound
            ? { kind: 'type', bound: { eq: this.relocate(first.node, type.bound.eq) } }
            : type,
        );
        break;
      default:
        throw new ComposeError(
          `'${first.node.label}' imports ${group.name} as a ${type.kind}, which composition does not carry over yet`,
        );
    }
    return index;
  }

  /** How a nested component's own type indices map into the composed component. */
  private outerMap(node: ComposeNode): IndexMap {
    return (sort, index) => {
      if ('component' in sort && sort.component === 'type') return this.relocate(node, index);
      throw new ComposeError(
        `'${node.label}' refers to ${sortName(sort)} ${index} from an import type; composition carries only component types`,
      );
    };
  }

  /**
   * The instance type of a host import used by several components: the union
   * of their declarations, each renumbered into the merged scope, with an
   * export that several declare kept once.
   */
  private mergeInstanceTypes(group: HostImport): ByteWriter {
    const body = new ByteWriter();
    let count = 0;
    const sizes = new Map<string, number>();
    const exported = new Map<string, number>();
    for (const { node, imp } of group.sources) {
      const instanceType =
        imp.type.kind === 'instance'
          ? resolveInstanceType(node.component.scope, imp.type.typeIndex)
          : undefined;
      if (!instanceType)
        throw new ComposeError(`cannot resolve the type of ${imp.name.name} in '${node.label}'`);
      const local = new Map<string, number[]>();
      const localMap: IndexMap = (sort, index) => {
        const mapped = local.get(sortName(sort))?.[index];
        if (mapped === undefined)
          throw new ComposeError(
            `${imp.name.name} in '${node.label}' refers to an unknown ${sortName(sort)} ${index}`,
          );
        return mapped;
      };
      const record = (sort: Sort, index: number) => {
        const list = local.get(sortName(sort)) ?? [];
        list.push(index);
        local.set(sortName(sort), list);
      };
      for (const decl of instanceType.decls) {
        const sort = declaredSort(decl);
        const previous = decl.kind === 'export' ? exported.get(decl.name.name) : undefined;
        if (sort && previous !== undefined) {
          record(sort, previous);
          continue;
        }
        encodeDeclaration(body, decl, [this.outerMap(node), localMap]);
        count++;
        if (!sort) continue;
        const index = sizes.get(sortName(sort)) ?? 0;
        sizes.set(sortName(sort), index + 1);
        record(sort, index);
        if (decl.kind === 'export') exported.set(decl.name.name, index);
      }
    }
    return new ByteWriter().u8(0x42).u32(count).bytes(body.view());
  }

  /** Carries type `index` of a nested component into the composed component. */
  private relocate(node: ComposeNode, index: number): number {
    let memo = this.relocated.get(node);
    if (!memo) this.relocated.set(node, (memo = new Map()));
    const done = memo.get(index);
    if (done !== undefined) return done;
    const origin = node.component.scope.component.type[index];
    let result: number;
    if (origin?.via === 'type' && origin.type.kind !== 'resource') {
      const w = new ByteWriter();
      encodeDefType(w, origin.type, [this.outerMap(node)]);
      result = this.b.type((out) => out.bytes(w.view()));
    } else if (origin?.via === 'alias' && origin.alias.kind === 'export') {
      const instanceOrigin = node.component.scope.component.instance[origin.alias.instance];
      if (instanceOrigin?.via !== 'import') throw this.cannotCarry(node, index);
      // Aliased from the composed import where there is one: a value type defined again
      // would name none of the records and variants inside it, which an import's type needs.
      const imported = node.wiring.get(instanceOrigin.name)?.from === 'host';
      const byValue =
        !imported && instanceOrigin.type.kind === 'instance'
          ? this.definePlainType(node, instanceOrigin.type.typeIndex, origin.alias.name)
          : undefined;
      result =
        byValue ??
        this.alias(
          origin.alias.sort,
          this.hostOf(node, instanceOrigin.name, origin.alias.name),
          origin.alias.name,
        );
    } else if (origin?.via === 'import') {
      result = this.hostOf(node, origin.name, origin.name);
    } else {
      throw this.cannotCarry(node, index);
    }
    memo.set(index, result);
    return result;
  }

  /**
   * Defines again, by value, a plain value type that a nested component takes
   * from one of its instance imports (wall-clock's `datetime` in
   * filesystem/types), so the composed import does not depend on where that
   * interface comes from. Undefined when the type is not plain.
   */
  private definePlainType(
    node: ComposeNode,
    instanceTypeIndex: number,
    name: string,
  ): number | undefined {
    const instanceType = resolveInstanceType(node.component.scope, instanceTypeIndex);
    if (!instanceType) return undefined;
    const { locals, types } = localTypes(instanceType.decls);
    const index = types.get(name);
    if (index === undefined || !isPlainValueType(locals, index)) return undefined;
    // Each local type is defined once, however often the types using it refer to it.
    const defined = new Map<number, number>();
    const define = (local: number): number => {
      const known = defined.get(local);
      if (known !== undefined) return known;
      const w = new ByteWriter();
      encodeDefType(w, definitionOf(locals, local)!, [(_sort, i) => define(i)]);
      const at = this.b.type((out) => out.bytes(w.view()));
      defined.set(local, at);
      return at;
    };
    return define(index);
  }

  /** An instance exporting, defined by value, the plain types a nested component's instance import declares. */
  private typesInstance(node: ComposeNode, typeIndex: number, names: string[]): number {
    return this.b.instance(
      names.map((name) => ({
        name: { name },
        item: { sort: TYPE, index: this.definePlainType(node, typeIndex, name)! },
      })),
    );
  }

  /** The composed import standing for a nested component's import, which must come from the host. */
  private hostOf(node: ComposeNode, importName: string, typeName: string): number {
    const wire = node.wiring.get(importName)!;
    if (wire.from === 'host') return this.host(wire.key);
    // Types of a plain-types import are always defined by value (relocate), never reached here.
    if (wire.from === 'types')
      throw new Error(
        `internal: ${importName} of '${node.label}' is defined in place, not imported`,
      );
    throw new SplitResource(
      wire.plug.label,
      importName,
      node.label,
      this.current?.name ?? 'an import',
      typeName,
    );
  }

  private cannotCarry(node: ComposeNode, index: number): ComposeError {
    return new ComposeError(
      `type ${index} of '${node.label}' is defined inside it and cannot be carried into an import of the composed component`,
    );
  }
}

/** A host import that needs a type of an interface a plug supplies: a resource split in two. */
class SplitResource extends Error {
  constructor(
    readonly plug: string,
    readonly supplied: string,
    readonly consumer: string,
    readonly needer: string,
    readonly typeName: string,
  ) {
    super(`${needer} needs ${typeName} from ${supplied}, which ${plug} supplies`);
  }
}

/** One message naming, per plug and interface, every import the plug must also export. */
function splitError(splits: SplitResource[]): ComposeError {
  const groups = new Map<string, SplitResource[]>();
  for (const split of splits) {
    const key = `${split.plug}\0${split.supplied}\0${split.consumer}`;
    groups.set(key, [...(groups.get(key) ?? []), split]);
  }
  const sentences = [...groups.values()].map((group) => {
    const { plug, supplied, consumer } = group[0]!;
    const neederList = [...new Set(group.map((s) => s.needer))];
    const needers = neederList.join(', ');
    const types = [...new Set(group.map((s) => s.typeName))].join(', ');
    const uses = neederList.length === 1 ? 'uses' : 'use';
    return `'${plug}' supplies ${supplied}, but '${consumer}' still imports ${needers} from the host, which ${uses} ${types} from ${supplied}: '${plug}' must also export ${needers}`;
  });
  return new ComposeError(sentences.join('; '));
}

/** The index space a declarator adds an entry to, if any. */
function declaredSort(decl: Declaration): Sort | undefined {
  switch (decl.kind) {
    case 'core-type':
      return { core: 'type' };
    case 'type':
      return TYPE;
    case 'alias':
      return decl.alias.sort;
    case 'import':
    case 'export':
      return externSort(decl.type);
  }
}
