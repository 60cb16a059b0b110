import { describe, expect, it } from "vitest";
import { GoalUpdate } from "./compass.js";
import { CallUpdate, FundUpdate } from "./grants-portal.js";
import { ParcelUpdate } from "./space-supply.js";

describe("update schemas leave out what the caller did not send", () => {
  it("a fund update with only a name does not reactivate the fund or clear its texts", () => {
    const v = FundUpdate.parse({ nameNl: "Innovatiepremie", version: 3 });
    expect(v).toEqual({ nameNl: "Innovatiepremie", version: 3 });
  });

  it("a call update with only a description does not touch the attachment limits (locked once published)", () => {
    const v = CallUpdate.parse({ descriptionNl: "Nieuwe tekst", version: 2 });
    expect(v).toEqual({ descriptionNl: "Nieuwe tekst", version: 2 });
    expect("maxAttachments" in v).toBe(false);
  });

  it("a goal update and a parcel update keep the same rule", () => {
    expect(GoalUpdate.parse({ titleNl: "Doel", version: 1 })).toEqual({ titleNl: "Doel", version: 1 });
    expect(Object.keys(ParcelUpdate.parse({ version: 4 }))).toEqual(["version"]);
  });

  it("an update still refuses unknown fields and needs the version", () => {
    expect(FundUpdate.safeParse({ nameNl: "x" }).success).toBe(false);
    expect(FundUpdate.safeParse({ nameNl: "x", version: 1, colour: "red" }).success).toBe(false);
  });
});
