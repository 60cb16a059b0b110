import { describe, expect, it } from "vitest";
import type { ControlLink } from "../../../contracts/grants.js";
import { groupIntoUndertakings, singleUndertaking } from "./single-undertaking.js";

const asOf = "2026-05-01";
const ids = (r: { members: { enterpriseId: string }[] }) => r.members.map((m) => m.enterpriseId).sort();

describe("singleUndertaking", () => {
  it("is the enterprise alone when it has no control links", () => {
    const r = singleUndertaking("A", { links: [], asOf });
    expect(r.members).toEqual([{ enterpriseId: "A", path: [], reason: expect.objectContaining({ code: "undertaking.self" }) }]);
  });

  it("takes in a subsidiary and a parent, with the link that explains each", () => {
    const links: ControlLink[] = [
      { controllerId: "A", controlledId: "B", basis: "voting_majority" },
      { controllerId: "P", controlledId: "A", basis: "board_majority" },
    ];
    const r = singleUndertaking("A", { links, asOf });
    expect(ids(r)).toEqual(["A", "B", "P"]);
    const parent = r.members.find((m) => m.enterpriseId === "P")!;
    expect(parent.path).toEqual([{ from: "A", to: "P", direction: "controlled_by", basis: "board_majority" }]);
    expect(parent.reason.message).toBe("P belongs to the single undertaking of A: P may appoint or remove the majority of the board of A.");
  });

  it("follows control through intermediaries, including siblings under a common parent", () => {
    const links: ControlLink[] = [
      { controllerId: "H", controlledId: "A", basis: "voting_majority" },
      { controllerId: "H", controlledId: "X", basis: "shareholder_agreement" },
      { controllerId: "X", controlledId: "Y", basis: "dominant_influence" },
      { controllerId: "Q", controlledId: "R", basis: "voting_majority" }, // unrelated
    ];
    const r = singleUndertaking("A", { links, asOf });
    expect(ids(r)).toEqual(["A", "H", "X", "Y"]);
    const y = r.members.find((m) => m.enterpriseId === "Y")!;
    expect(y.path.map((s) => `${s.from}>${s.to}`)).toEqual(["A>H", "H>X", "X>Y"]);
    expect(y.reason.code).toBe("undertaking.indirect_link");
    expect(y.reason.params.steps).toBe(3);
    expect(y.reason.message).toContain("X has a dominant influence by contract or statutes on Y");
  });

  it("survives cycles of control", () => {
    const links: ControlLink[] = [
      { controllerId: "A", controlledId: "B", basis: "voting_majority" },
      { controllerId: "B", controlledId: "C", basis: "voting_majority" },
      { controllerId: "C", controlledId: "A", basis: "dominant_influence" },
    ];
    expect(ids(singleUndertaking("B", { links, asOf }))).toEqual(["A", "B", "C"]);
  });

  it("does not link enterprises through a public body", () => {
    const links: ControlLink[] = [
      { controllerId: "PROVINCE", controlledId: "A", basis: "voting_majority" },
      { controllerId: "PROVINCE", controlledId: "B", basis: "voting_majority" },
    ];
    const r = singleUndertaking("A", { links, asOf, publicBodyIds: new Set(["PROVINCE"]) });
    expect(ids(r)).toEqual(["A"]);
    expect(r.ignoredLinks.map((l) => l.reason.code)).toEqual(["undertaking.public_body", "undertaking.public_body"]);
    // without the public-body flag the province would be a bridge
    expect(ids(singleUndertaking("A", { links, asOf }))).toEqual(["A", "B", "PROVINCE"]);
  });

  it("uses only links in force on the date (validUntil inclusive)", () => {
    const links: ControlLink[] = [{ controllerId: "A", controlledId: "B", basis: "voting_majority", validFrom: "2024-01-01", validUntil: "2026-04-30" }];
    expect(ids(singleUndertaking("A", { links, asOf: "2026-04-30" }))).toEqual(["A", "B"]);
    const after = singleUndertaking("A", { links, asOf: "2026-05-01" });
    expect(ids(after)).toEqual(["A"]);
    expect(after.ignoredLinks[0].reason.code).toBe("undertaking.link_not_in_force");
    expect(ids(singleUndertaking("A", { links, asOf: "2023-12-31" }))).toEqual(["A"]);
  });
});

describe("groupIntoUndertakings", () => {
  it("puts linked partners in one group and keeps the given order", () => {
    const links: ControlLink[] = [{ controllerId: "A", controlledId: "C", basis: "voting_majority" }];
    const { groups } = groupIntoUndertakings(["A", "B", "C"], { links, asOf });
    expect(groups.map((g) => g.enterpriseIds)).toEqual([["A", "C"], ["B"]]);
    expect(groups[0].members.find((m) => m.enterpriseId === "C")!.reason.code).toBe("undertaking.direct_link");
  });

  it("links partners through an enterprise that is not a partner", () => {
    const links: ControlLink[] = [
      { controllerId: "H", controlledId: "A", basis: "voting_majority" },
      { controllerId: "H", controlledId: "B", basis: "voting_majority" },
    ];
    const { groups } = groupIntoUndertakings(["A", "B"], { links, asOf });
    expect(groups.map((g) => g.enterpriseIds)).toEqual([["A", "B"]]);
    expect(groups[0].members.map((m) => m.enterpriseId)).toEqual(["A", "B"]);
  });

  it("counts a partner listed twice once", () => {
    const { groups } = groupIntoUndertakings(["A", "A", "B"], { links: [], asOf });
    expect(groups.map((g) => g.enterpriseIds)).toEqual([["A"], ["B"]]);
  });
});
