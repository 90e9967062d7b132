/**
 * A problem with what the user gave us (a path, a flag, a pattern, a policy
 * file): reported as one line and exit code 2, never as a stack trace.
 */
export declare class UserInputError extends Error {
    readonly name = "UserInputError";
}
