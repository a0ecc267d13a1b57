import type { Db } from "../../db/open-database";
import {
  awardNameRows,
  awardRuleRows,
  awardsOfRecipients,
  decisionsOfNominations,
  disciplinesOfPeople,
  householdNames,
  initiativesOfPeople,
  membersOfUnits,
  peopleNames,
  ratingsOfSubjects,
  unitKindsOf,
  unitNames,
} from "../../db/queries/eligibility";
import type { InputOf, ParsedInputOf } from "../contract";
import {
  evaluateBatch,
  type AwardHistoryItem,
  type AwardRule,
  type DisciplineItem,
  type EvaluationContext,
  type InitiativeItem,
  type MemberHistory,
  type NomineeHistory,
  type NomineeKind,
  type RatingCode,
  type RuleKind,
} from "../domain/eligibility";
import type { AppContext } from "./context";

/**
 * Loads the history of many nominees in a handful of queries (ids passed as one JSON array) and
 * evaluates their nominations with the pure rules of electron/domain/eligibility.ts.
 */

/** How many years before the earliest nomination the rules may look at. */
const LOOKBACK_YEARS = 10;

/** A rule's JSON parameters; a damaged value reads as none (the rule then uses its defaults). */
export function parseParams(json: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(json);
    return parsed && typeof parsed === "object" && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

export function loadRules(db: Db): AwardRule[] {
  return awardRuleRows(db).map((r) => {
    const params = parseParams(r.params);
    return {
      awardCode: r.award_code,
      ruleCode: r.rule_code as RuleKind,
      level: r.level === "warning" ? "warning" : "blocking",
      params,
      validFrom: r.valid_from,
      validTo: r.valid_to,
    };
  });
}

/** Award names and recipient kinds by code (the latest version of each code). */
export function loadCatalogue(db: Db) {
  const rows = awardNameRows(db);
  const names: Record<string, string> = {};
  const kinds: Record<string, NomineeKind> = {};
  for (const r of rows) {
    names[r.code] = r.name;
    kinds[r.code] = r.recipient_kind;
  }
  return { names, kinds };
}

type Key = `${NomineeKind}:${string}`;

/** Histories by `${kind}:${id}` for the nominees, covering [fromYear, toYear]. */
export function loadHistories(
  db: Db,
  nominees: { kind: NomineeKind; id: string; year: number }[],
  lookback = LOOKBACK_YEARS,
): Map<string, NomineeHistory> {
  if (!nominees.length) return new Map();
  const years = nominees.map((n) => n.year);
  const toYear = Math.max(...years);
  const fromYear = Math.min(...years) - lookback;
  // Members of a collective are read only for the years of collective nominations.
  const unitYears = nominees.filter((n) => n.kind === "tap_the").map((n) => n.year);
  const memberFrom = unitYears.length ? Math.min(...unitYears) : toYear;
  const memberTo = unitYears.length ? Math.max(...unitYears) : toYear;
  const ids = (k: NomineeKind) => [
    ...new Set(nominees.filter((n) => n.kind === k).map((n) => n.id)),
  ];
  const personIds = ids("ca_nhan");
  const unitIds = ids("tap_the");
  const householdIds = ids("ho_gia_dinh");
  const out = new Map<string, NomineeHistory>();

  const persons = peopleNames(db, personIds);
  const unitRows = unitNames(db, unitIds);
  const members = unitIds.length ? membersOfUnits(db, unitIds) : [];
  const householdRows = householdNames(db, householdIds);

  // Everybody whose ratings, awards and discipline are read: nominees and members.
  const nomineePeople = persons.map((p) => p[0]);
  const nomineeSet = new Set(nomineePeople);
  const memberOnly = [...new Set(members.map((m) => m[0]).filter((id) => !nomineeSet.has(id)))];
  const peopleIds = [...nomineePeople, ...memberOnly];
  const ratings = new Map<string, Record<number, RatingCode>>();
  const readRatings = (ids: string[], from: number, to: number) => {
    if (!ids.length) return;
    for (const [subjectId, year, rating] of ratingsOfSubjects<RatingCode>(db, ids, from, to)) {
      let r = ratings.get(subjectId);
      if (!r) ratings.set(subjectId, (r = {}));
      r[year] = rating;
    }
  };
  readRatings([...nomineePeople, ...unitIds], fromYear, toYear);
  readRatings(memberOnly, memberFrom, memberTo);
  const awards = new Map<string, AwardHistoryItem[]>();
  const addAward = (key: string, a: AwardHistoryItem) => {
    const list = awards.get(key);
    if (list) list.push(a);
    else awards.set(key, [a]);
  };
  for (const [kind, column, list, from, to] of [
    ["ca_nhan", "person_id", nomineePeople, fromYear, toYear],
    ["ca_nhan", "person_id", memberOnly, memberFrom, memberTo],
    ["tap_the", "unit_id", unitIds, fromYear, toYear],
    ["ho_gia_dinh", "household_id", householdIds, fromYear, toYear],
  ] as const) {
    if (!list.length) continue;
    for (const [id, year, awardCode, decisionNumber, decisionId] of awardsOfRecipients(
      db,
      column,
      kind,
      list,
      from,
      to,
    ))
      addAward(`${kind}:${id}`, { year, awardCode, decisionNumber, decisionId });
  }
  const disciplines = new Map<string, DisciplineItem[]>();
  for (const [personId, measure, decidedOn, until] of disciplinesOfPeople(db, peopleIds)) {
    disciplines.set(personId, [
      ...(disciplines.get(personId) ?? []),
      { measure, decidedOn, until },
    ]);
  }
  const initiatives = new Map<string, InitiativeItem[]>();
  if (persons.length)
    for (const [personId, year, level, title] of initiativesOfPeople(
      db,
      persons.map((p) => p[0]),
      fromYear,
      toYear,
    )) {
      const list = initiatives.get(personId);
      if (list) list.push({ year, level, title });
      else initiatives.set(personId, [{ year, level, title }]);
    }

  const member = (id: string, name: string): MemberHistory => ({
    id,
    name,
    ratings: ratings.get(id) ?? {},
    awards: awards.get(`ca_nhan:${id}`) ?? [],
    disciplines: disciplines.get(id) ?? [],
  });
  for (const [id, name] of persons)
    out.set(`ca_nhan:${id}` satisfies Key, {
      kind: "ca_nhan",
      ...member(id, name),
      initiatives: initiatives.get(id) ?? [],
    });
  const byUnit = new Map<string, MemberHistory[]>();
  for (const [id, name, unitId] of members) {
    const list = byUnit.get(unitId);
    if (list) list.push(member(id, name));
    else byUnit.set(unitId, [member(id, name)]);
  }
  for (const [id, name] of unitRows)
    out.set(`tap_the:${id}`, {
      kind: "tap_the",
      id,
      name,
      ratings: ratings.get(id) ?? {},
      awards: awards.get(`tap_the:${id}`) ?? [],
      members: byUnit.get(id) ?? [],
    });
  for (const [id, name] of householdRows)
    out.set(`ho_gia_dinh:${id}`, {
      kind: "ho_gia_dinh",
      id,
      name,
      awards: awards.get(`ho_gia_dinh:${id}`) ?? [],
    });
  return out;
}

export type CheckInput = ParsedInputOf<"awards.checkEligibility">;

/**
 * A nomination that has been decided is in the registry through its own decision; re-checking it
 * (a dossier read after the decision) must not count that award as a duplicate or as history.
 */
function leaveOutOwnDecisions(
  db: Db,
  nominations: CheckInput["nominations"],
  histories: Map<string, NomineeHistory>,
) {
  const withId = nominations.filter((n) => n.nominationId && n.nominee.id);
  if (!withId.length) return;
  const decisionsOf = new Map<string, Set<string>>();
  for (const [nominationId, decisionId] of decisionsOfNominations(
    db,
    withId.map((n) => n.nominationId!),
  )) {
    const set = decisionsOf.get(nominationId);
    if (set) set.add(decisionId);
    else decisionsOf.set(nominationId, new Set([decisionId]));
  }
  for (const n of withId) {
    const own = decisionsOf.get(n.nominationId!);
    const history = histories.get(`${n.nominee.kind}:${n.nominee.id}`);
    if (!own || !history) continue;
    history.awards = history.awards.filter(
      (a) => !(a.awardCode === n.awardCode && a.decisionId && own.has(a.decisionId)),
    );
  }
}

/** The procedure awards.checkEligibility, callable by other areas with the parsed input. */
export function checkEligibility(ctx: Pick<AppContext, "db">, input: CheckInput) {
  const { nominations, others, quotas, extraRules } = input;
  if (!nominations.length) return [];
  const histories = loadHistories(
    ctx.db,
    nominations
      .filter((n) => n.nominee.id)
      .map((n) => ({ kind: n.nominee.kind, id: n.nominee.id!, year: n.year })),
  );
  leaveOutOwnDecisions(ctx.db, nominations, histories);
  const catalogue = loadCatalogue(ctx.db);
  const unitIds = [...new Set(nominations.map((n) => n.unitId).filter((u): u is string => !!u))];
  const unitKinds = Object.fromEntries(unitIds.length ? unitKindsOf(ctx.db, unitIds) : []);
  const toNomination = (n: CheckInput["nominations"][number]) => ({
    nominee: { kind: n.nominee.kind, id: n.nominee.id, name: n.nominee.name },
    awardCode: n.awardCode,
    year: n.year,
    unitId: n.unitId,
    label: n.label,
  });
  const ctxEval: EvaluationContext = {
    rules: [
      ...loadRules(ctx.db),
      ...extraRules.map((r) => ({
        awardCode: r.awardCode,
        ruleCode: r.ruleCode as RuleKind,
        level: r.level,
        params: r.params,
        validFrom: "0000-01-01",
        validTo: null,
      })),
    ],
    awardNames: catalogue.names,
    awardKinds: catalogue.kinds,
    batch: nominations.map(toNomination),
    others: others.map(toNomination),
    quotas: quotas.map((q) => ({
      awardCode: q.awardCode,
      totalQuota: q.totalQuota,
      lines: q.lines,
    })),
    unitKinds,
  };
  // Names of directory nominees come from the directory when the caller left them blank.
  for (const n of ctxEval.batch)
    if (n.nominee.id && !n.nominee.name)
      n.nominee.name = histories.get(`${n.nominee.kind}:${n.nominee.id}`)?.name ?? "";
  return evaluateBatch(histories, ctxEval);
}

export type CheckRequest = InputOf<"awards.checkEligibility">;
