/** wasi:random/*: denied, every call traps. */
export declare const random: import("./subsystem.js").Subsystem;
