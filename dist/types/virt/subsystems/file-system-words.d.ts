import { type BlobWriter, type ConfigInput } from '../config-writer.js';
/** The mounted trees' preopens and nodes (wv_preopen, wv_node records), their names and child lists, and the writable trees. */
export declare function fileSystemWords(w: BlobWriter, { tree, files }: ConfigInput): {
    preopens: number[];
    nodes: number[];
    writable: number[];
};
