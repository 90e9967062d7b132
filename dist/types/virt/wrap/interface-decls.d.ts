import { type WasiInterface, type WasiSeries } from '../wasi-interfaces.js';
import { type WitDecl, type WitFunction } from '../wit-model.js';
export declare function interfaceById(id: string, series?: WasiSeries): WasiInterface;
/** Every declaration of the interface, as the catalogue has it. */
export declare function catalogueDecls(iface: WasiInterface): WitDecl[];
/**
 * A declaration of the interface read: the catalogue's reading when `decl` is the catalogue's
 * text (a `use` narrowed to fewer names is read anew).
 */
export declare function readDecl(decl: string, iface: WasiInterface): WitDecl;
export declare function functionOf(iface: WasiInterface, name: string): WitFunction;
/** The declaration that introduces `name` among `decls` (a `use` for a used name). */
export declare function declaring(decls: WitDecl[], name: string): WitDecl | undefined;
/** Where a name of an interface is defined: following `use`s to the interface that declares it. */
export declare function definitionOf(id: string, name: string, series?: WasiSeries): {
    id: string;
    decl: WitDecl;
};
/** Whether a name of an interface is a resource (used, aliased or declared). */
export declare function isResource(id: string, name: string, series?: WasiSeries): boolean;
