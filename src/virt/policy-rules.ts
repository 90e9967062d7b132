import { reachesHostFiles, stdioStreams, type Policy } from '../policy/policy.js';

/**
 * The import rules a policy implies for the output: what it denies must not be
 * imported from the host.
 */
export function impliedDenyRules(policy: Policy): string[] {
  const rules: string[] = [];
  if (policy.env.mode === 'none') rules.push('wasi:cli/environment#get-environment');
  if (policy.cwd !== undefined || policy.env.mode === 'none')
    rules.push('wasi:cli/environment#initial-cwd');
  if (policy.args !== undefined) rules.push('wasi:cli/environment#get-arguments');
  if (policy.config.mode === 'none') rules.push('wasi:config/store');
  if (policy.access.exit === 'deny') rules.push('wasi:cli/exit');
  if (policy.access.random === 'deny') rules.push('wasi:random/*');
  if (policy.access.clocks === 'deny') rules.push('wasi:clocks/*');
  for (const stream of stdioStreams) {
    if (policy.stdio[stream] === 'allow') continue;
    rules.push(`wasi:cli/terminal-${stream}`);
    // --debug writes its trace to the host's stderr, whatever the app's stderr is.
    if (!(stream === 'stderr' && policy.debug)) rules.push(`wasi:cli/${stream}`);
  }
  if (!reachesHostFiles(policy)) rules.push('wasi:filesystem/*');
  if (policy.access.sockets === 'deny') rules.push('wasi:sockets/*');
  if (policy.access.http === 'deny') rules.push('wasi:http/*');
  return rules;
}
