import type { Bytes } from '../component/write/bytes.js';
import { UserInputError } from '../errors.js';
import { type ComponentInterface } from '../inspect/component-interface.js';
import type { Import, Sort } from '../component/ast.js';
import type { Component } from '../component/read/read-component.js';
/** A composition problem the user must fix: reported as one line. */
export declare class ComposeError extends UserInputError {
}
export interface ComposeNode {
    label: string;
    /** The component's bytes, as the chunks to nest. */
    nested: Bytes[];
    component: Component;
    iface: ComponentInterface;
    /** How each import (by name) is satisfied. */
    wiring: Map<string, Wire>;
}
export type Wire = {
    from: 'host';
    key: string;
} | {
    from: 'plug';
    plug: ComposeNode;
    exportName: string;
    sort: Sort;
}
/** An instance of plain value types only: the composer defines them itself (plainTypeExports). */
 | {
    from: 'types';
    typeIndex: number;
    names: string[];
};
export interface HostImport {
    /** The name the composed component imports it under: the highest version among its users. */
    name: string;
    sources: {
        node: ComposeNode;
        imp: Import;
    }[];
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
export declare function compatibilityKey(name: string): string;
export declare function composeNode(label: string, nested: Bytes[], component: Component): ComposeNode;
/** Decides which plug export satisfies which import, and what is left for the host. */
export declare function planComposition(root: ComposeNode, plugs: ComposeNode[]): ComposePlan;
