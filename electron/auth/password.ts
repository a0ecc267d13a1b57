import crypto from "node:crypto";

/**
 * Passwords hashed with scrypt (N = 2^17, r = 8, p = 1). The parameters are stored with the hash
 * ("scrypt$17$8$1$<salt>$<hash>", base64url) so that a later version can raise them and still
 * check the old hashes.
 */
export const SCRYPT = { log2N: 17, r: 8, p: 1, keyLength: 32 } as const;

/** scrypt needs 128·N·r bytes; Node's default cap (32 MiB) is below that for N = 2^17. */
const maxmemFor = (log2N: number, r: number) => 128 * 2 ** log2N * r + 16 * 1024 * 1024;

function derive(password: string, salt: Buffer, log2N: number, r: number, p: number, len: number) {
  return new Promise<Buffer>((resolve, reject) =>
    crypto.scrypt(
      password.normalize("NFC"),
      salt,
      len,
      { N: 2 ** log2N, r, p, maxmem: maxmemFor(log2N, r) },
      (err, key) => (err ? reject(err) : resolve(key)),
    ),
  );
}

export async function hashPassword(password: string, params = SCRYPT): Promise<string> {
  const salt = crypto.randomBytes(16);
  const key = await derive(password, salt, params.log2N, params.r, params.p, params.keyLength);
  return [
    "scrypt",
    params.log2N,
    params.r,
    params.p,
    salt.toString("base64url"),
    key.toString("base64url"),
  ].join("$");
}

/** Whether the password matches the stored hash (constant-time); false for a malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, log2N, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64url");
  const n = Number(log2N);
  if (!Number.isInteger(n) || n < 10 || n > 22 || expected.length < 16) return false;
  const key = await derive(
    password,
    Buffer.from(salt, "base64url"),
    n,
    Number(r),
    Number(p),
    expected.length,
  );
  return crypto.timingSafeEqual(key, expected);
}

/** Whether a stored hash uses weaker parameters than today's (re-hashed at the next sign-in). */
export const needsRehash = (stored: string) => {
  const [, log2N, r, p] = stored.split("$");
  return Number(log2N) < SCRYPT.log2N || Number(r) < SCRYPT.r || Number(p) < SCRYPT.p;
};

/** A one-time recovery code, grouped for reading aloud and typing: XXXX-XXXX-XXXX-XXXX. */
export function newRecoveryCode(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = crypto.randomBytes(16);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]!).join("");
  return chars.match(/.{4}/g)!.join("-");
}

/** The recovery code as typed: case and separators do not matter. */
export const normaliseRecoveryCode = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, "");
