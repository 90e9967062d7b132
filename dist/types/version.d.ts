/** The tool's version; a test keeps it equal to package.json's. */
export declare const VERSION = "0.1.0";
export declare const TOOL_NAME = "wasi-virt";
export declare const INFORMATION_URI = "https://github.com/wasi-virt-action/wasi-virt-action";
