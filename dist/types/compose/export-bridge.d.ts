import { type Sort } from '../component/ast.js';
import { ComponentBuilder } from '../component/write/component-builder.js';
import { type ComposeNode } from './compose-plan.js';
/**
 * A root export the host calls with its own resources, passed on through a
 * plug that owns the root's view of those resources: the composed component
 * exports `export` typed over the host's resources, wraps each handle with
 * the plug's `wrap-<resource>: func(handle: own<host's>) -> own<plug's>` from
 * instance `via`, and calls the root's function with the wrapped handles.
 */
export interface ExportBridge {
    export: string;
    via: string;
}
/** What the bridge needs from the composer. */
export interface BridgeContext {
    b: ComponentBuilder;
    alias(sort: Sort, instance: number, name: string): number;
    /** The composed component's import of the host's interface that the root imports as `name`. */
    hostInstance(name: string): number | undefined;
    /** The plug instance's export that satisfies the root's import `name`. */
    suppliedInstance(name: string): number | undefined;
    /** The instance of the plug exporting `name`. */
    plugInstance(name: string): number | undefined;
}
/** The plug's function that wraps a host handle of `resource` as its own. */
export declare const wrapFunctionName: (resource: string) => string;
/** The type of a wrap function: `func(handle: own<host's>) -> own<plug's>`, given the two own types. */
export declare function defineWrapType(b: ComponentBuilder, hostOwn: number, plugOwn: number): number;
/**
 * Emits the bridged export's instance; the caller exports it under the root's
 * name. The wrapping code lives in a nested component of its own: core code of
 * the composed component itself would make the host's call enter the parent of
 * the root, and calling down into a child from there traps ("cannot enter
 * component instance") under the component model's reentrance rules.
 */
export declare function bridgeExport(ctx: BridgeContext, root: ComposeNode, rootInstance: number, bridge: ExportBridge): number;
