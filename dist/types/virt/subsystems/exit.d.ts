/** wasi:cli/exit: denied, exit traps. */
export declare const exit: import("./subsystem.js").Subsystem;
