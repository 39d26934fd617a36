import { ableistRules } from "./ableist";
import { ageistRules } from "./ageist";
import { bodyShamingRules } from "./body-shaming";
import { genderedRules } from "./gendered";
import { otherRules } from "./other";
import { racialRules } from "./racial";
import type { CommerceRule } from "./rule";
import { stereotypingRules } from "./stereotyping";

/** Aisle's commerce rules, every one with patterns in English, German, French and Spanish. */
export const commerceRules: readonly CommerceRule[] = [
  ...genderedRules,
  ...ageistRules,
  ...ableistRules,
  ...bodyShamingRules,
  ...stereotypingRules,
  ...racialRules,
  ...otherRules,
];
