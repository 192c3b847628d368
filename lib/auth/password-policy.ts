// Password length limits, client-safe (the sign-in form uses them; lib/auth/password.ts is native).
export const PASSWORD_MIN_LENGTH = 12;
/** Passwords are capped so that a huge body cannot tie up the hashing thread pool. */
export const PASSWORD_MAX_LENGTH = 256;
