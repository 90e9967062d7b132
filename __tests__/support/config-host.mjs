// The host side of wasi:config/store for tests: jco maps the interface to this module, and
// the runner child puts the run's configuration on globalThis before loading the component.
const values = () => globalThis.__wasiVirtHostConfig ?? {};

export const store = {
  get(key) {
    return Object.hasOwn(values(), key) ? values()[key] : undefined;
  },
  getAll() {
    return Object.entries(values());
  },
};
