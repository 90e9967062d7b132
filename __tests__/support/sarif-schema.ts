import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv-draft-04';

const require = createRequire(import.meta.url);
// ajv-draft-04 is CommonJS: its class is module.exports itself.
const Ajv = require('ajv-draft-04') as new (options: object) => {
  compile(schema: object): ValidateFunction;
};
// The official SARIF 2.1.0 (rtm.5) JSON schema, as shipped by Microsoft's @microsoft/jest-sarif.
const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

// The schema's language-tag pattern is not valid with the u flag, so regular expressions are compiled without it.
export const validateSarif: ValidateFunction = new Ajv({
  allErrors: true,
  strict: false,
  validateFormats: false,
  unicodeRegExp: false,
}).compile(schema);
