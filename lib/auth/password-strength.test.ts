import { describe, expect, it } from "vitest";
import { changePasswordSchema } from "./password-schemas";
import { passwordWeakness, personalWords, PERSONAL_PASSWORD_MESSAGE } from "./password-strength";

const person = { email: "maria.lopez@un.org", name: "María López" };

describe("passwordWeakness", () => {
  it("accepts a long passphrase of unrelated words", async () => {
    expect(await passwordWeakness("quiet-meadow-trombone-4821-orbit", person)).toBeNull();
  });

  it("refuses common passwords, keyboard walks and repetitions, with zxcvbn's advice", async () => {
    for (const weak of ["password1234", "qwertyuiopasdf", "aaaaaaaaaaaaaaaa", "123456789012"]) {
      expect(await passwordWeakness(weak, person)).toMatch(/^This password is too easy to guess\./u);
    }
  });

  it("refuses the user's name or email inside the password, whatever the case", async () => {
    expect(await passwordWeakness("violet-harbour-LOPEZ-cactus", person)).toBe(PERSONAL_PASSWORD_MESSAGE);
    expect(await passwordWeakness("violet-harbour-maria.lopez-x", person)).toBe(PERSONAL_PASSWORD_MESSAGE);
    expect(await passwordWeakness("violet-harbour-maría-cactus", person)).toBe(PERSONAL_PASSWORD_MESSAGE);
  });

  it("takes the name and email apart into words of three or more characters", () => {
    expect(personalWords({ email: "ana.b@un.org", name: "Ana Bo Smith" })).toEqual(["ana.b@un.org", "ana.b", "ana", "smith"]);
  });
});

describe("changePasswordSchema", () => {
  const schema = changePasswordSchema(person);
  it("checks confirmation, reuse, length and strength on the right fields", async () => {
    const issues = async (input: Record<string, string>) => {
      const result = await schema.safeParseAsync({ currentPassword: "old password here", newPassword: "quiet-meadow-trombone-4821-orbit", confirmation: "quiet-meadow-trombone-4821-orbit", ...input });
      return result.success ? {} : result.error.flatten().fieldErrors;
    };
    expect(await issues({})).toEqual({});
    expect(await issues({ confirmation: "other" })).toEqual({ confirmation: ["The two new passwords are not the same."] });
    expect(await issues({ newPassword: "short", confirmation: "short" })).toEqual({ newPassword: ["Use at least 12 characters."] });
    expect(await issues({ currentPassword: "quiet-meadow-trombone-4821-orbit" })).toEqual({ newPassword: ["Choose a password different from the current one."] });
    expect((await issues({ newPassword: "password1234", confirmation: "password1234" })).newPassword?.[0]).toMatch(/too easy to guess/u);
  });
});
