/** A parsed `namespace:package/interface@version` name (nested namespaces and projections allowed). */
export interface InterfaceName {
    namespace: string;
    package: string;
    /** The projection path after the package, e.g. `environment` or `a/b` for nested projections. */
    interface: string;
    version?: string;
    /** `namespace:package/interface` without the version: the identity patterns match against. */
    id: string;
}
/** Parses an interface name, or returns undefined for plain names (`run`, `[method]r.f`). */
export declare function parseInterfaceName(name: string): InterfaceName | undefined;
