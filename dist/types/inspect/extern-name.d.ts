import type { ExternName } from '../component/ast.js';
export declare function isLabel(text: string): boolean;
/** Whether `text` is `ns:pkg/iface[@version]` (nested namespaces and projections allowed). */
export declare function isInterfaceName(text: string): boolean;
/** The interface an `[implements=<I>]label` name implements, with its label; undefined for other names. */
export declare function splitImplements(name: string): {
    interface: string;
    label: string;
} | undefined;
/** The interface a name implements: its `[implements=<I>]` prefix or its implements attribute. */
export declare function implementedInterface(name: ExternName): string | undefined;
/** Why `name` is not a valid import or export name, or undefined when it is valid. */
export declare function externNameProblem(name: string): string | undefined;
/** Problems with an extern name and its attributes (the binary form's `implements`). */
export declare function externNameProblems(name: ExternName): string | undefined;
/** One invalid name found in a component, for the error message. */
export interface InvalidName {
    where: string;
    name: string;
    problem: string;
}
/**
 * The first invalid name among a component's imports and exports and the
 * functions and types its instances carry, or undefined when all are valid.
 */
export declare function findInvalidName(externs: {
    what: 'import' | 'export';
    name: ExternName;
    members: string[];
}[]): InvalidName | undefined;
