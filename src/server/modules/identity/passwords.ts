import { hash, verify, type Algorithm } from "@node-rs/argon2";

/**
 * Algorithm.Argon2id. The package declares Algorithm as an ambient const enum, which cannot be
 * read under isolatedModules, so the value is named here (a test checks the resulting hash).
 */
const ARGON2ID = 2 as Algorithm;

/**
 * "standard" uses the library's defaults (19 MiB, 2 passes), the recommended minimum for argon2id.
 * "fast" is for test fixtures only: verification reads the cost from the hash itself.
 */
export type HashCost = "standard" | "fast";

const COSTS: Record<HashCost, { memoryCost?: number; timeCost?: number }> = {
  standard: {},
  fast: { memoryCost: 1024, timeCost: 1 },
};

export async function hashPassword(password: string, cost: HashCost = "standard"): Promise<string> {
  return hash(password, { algorithm: ARGON2ID, ...COSTS[cost] });
}

/** False for a wrong password and for a malformed hash; never throws on user input. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends about as long as a real verification, so that an unknown e-mail address cannot be told
 * from a wrong password by the response time.
 */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword("not a password of anyone");
  await verifyPassword(await dummyHash, password);
  return false;
}
