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

const word = /^[a-z][0-9a-z]*(-[0-9a-z]+)*$/;
const label = /^([a-z][0-9a-z]*|[A-Z][0-9A-Z]*)(-([0-9a-z]+|[0-9A-Z]+))*$/;

/** Parses an interface name, or returns undefined for plain names (`run`, `[method]r.f`). */
export function parseInterfaceName(name: string): InterfaceName | undefined {
  const at = name.indexOf('@');
  const path = at === -1 ? name : name.slice(0, at);
  const version = at === -1 ? undefined : name.slice(at + 1);
  const [head, ...projections] = path.split('/');
  if (!head || projections.length === 0 || !projections.every((p) => label.test(p)))
    return undefined;
  const parts = head.split(':');
  if (parts.length < 2 || !parts.every((p) => word.test(p))) return undefined;
  if (version !== undefined && version.length === 0) return undefined;
  const pkg = parts[parts.length - 1]!;
  const namespace = parts.slice(0, -1).join(':');
  const iface = projections.join('/');
  return {
    namespace,
    package: pkg,
    interface: iface,
    ...(version !== undefined ? { version } : {}),
    id: `${namespace}:${pkg}/${iface}`,
  };
}
