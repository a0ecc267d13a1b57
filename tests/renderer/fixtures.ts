import type { Unit } from "../../electron/contract";

/** A live unit of the directory as directory.listUnits returns it. */
export const unitFixture = (id: string, name: string): Unit => ({
  id,
  code: id,
  name,
  shortName: "",
  kind: "xa",
  parentId: null,
  address: "",
  headName: "",
  headPosition: "",
  active: true,
  inactiveSince: null,
  peopleCount: 0,
});
