/**
 * An error the user can fix (bad file, bad option). The CLI prints its message
 * as one line, without a stack trace, and exits with `exitCode`.
 * Messages start with the component and end with the fix.
 */
export class UserError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
    this.name = 'UserError';
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}
