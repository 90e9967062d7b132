import type { Component } from '../component/read/read-component.js';
/** A parameter that hands over a resource the component imports: `own<incoming-request>` of `wasi:http/types@…`. */
export interface OwnedParam {
    name: string;
    /** The instance import the resource type comes from. */
    iface: string;
    resource: string;
}
/** A function of an exported instance whose parameters all hand over imported resources. */
export interface HandleFunction {
    name: string;
    params: OwnedParam[];
}
/**
 * The functions of a component's exported instance `exportName`, when each
 * takes only owned handles of resources the component imports and returns
 * nothing: the shape of an entry point the host calls with its own resources
 * (wasi:http/incoming-handler's `handle`). Follows the layout wit-component
 * writes: lifted functions passed through an instantiated shim component.
 */
export declare function handleFunctions(component: Component, exportName: string): HandleFunction[];
