import type { Faker } from "@faker-js/faker";
import { faker as fakerAfrikaans } from "@faker-js/faker/locale/af_ZA";
import { faker as fakerCzech } from "@faker-js/faker/locale/cs_CZ";
import { faker as fakerDanish } from "@faker-js/faker/locale/da";
import { faker as fakerGerman } from "@faker-js/faker/locale/de";
import { faker as fakerEnglish } from "@faker-js/faker/locale/en";
import { faker as fakerIndianEnglish } from "@faker-js/faker/locale/en_IN";
import { faker as fakerNigerianEnglish } from "@faker-js/faker/locale/en_NG";
import { faker as fakerSpanish } from "@faker-js/faker/locale/es";
import { faker as fakerMexicanSpanish } from "@faker-js/faker/locale/es_MX";
import { faker as fakerFinnish } from "@faker-js/faker/locale/fi";
import { faker as fakerFrench } from "@faker-js/faker/locale/fr";
import { faker as fakerCroatian } from "@faker-js/faker/locale/hr";
import { faker as fakerHungarian } from "@faker-js/faker/locale/hu";
import { faker as fakerIndonesian } from "@faker-js/faker/locale/id_ID";
import { faker as fakerItalian } from "@faker-js/faker/locale/it";
import { faker as fakerLatvian } from "@faker-js/faker/locale/lv";
import { faker as fakerNorwegian } from "@faker-js/faker/locale/nb_NO";
import { faker as fakerDutch } from "@faker-js/faker/locale/nl";
import { faker as fakerPolish } from "@faker-js/faker/locale/pl";
import { faker as fakerBrazilianPortuguese } from "@faker-js/faker/locale/pt_BR";
import { faker as fakerPortuguese } from "@faker-js/faker/locale/pt_PT";
import { faker as fakerRomanian } from "@faker-js/faker/locale/ro";
import { faker as fakerSlovak } from "@faker-js/faker/locale/sk";
import { faker as fakerSlovenian } from "@faker-js/faker/locale/sl_SI";
import { faker as fakerSerbianLatin } from "@faker-js/faker/locale/sr_RS_latin";
import { faker as fakerSwedish } from "@faker-js/faker/locale/sv";
import { faker as fakerTurkish } from "@faker-js/faker/locale/tr";
import { faker as fakerVietnamese } from "@faker-js/faker/locale/vi";
import { faker as fakerYoruba } from "@faker-js/faker/locale/yo_NG";
import { faker as fakerZulu } from "@faker-js/faker/locale/zu_ZA";

/**
 * Faker's locale data is a maintained, MIT-licensed source of given names, family names and city names for
 * many countries. Only Latin-script locales are loaded: names in other scripts are matched by shape.
 */
export const fakerLocales: readonly Faker[] = [
  fakerEnglish,
  fakerGerman,
  fakerFrench,
  fakerSpanish,
  fakerMexicanSpanish,
  fakerItalian,
  fakerDutch,
  fakerPortuguese,
  fakerBrazilianPortuguese,
  fakerSwedish,
  fakerNorwegian,
  fakerDanish,
  fakerFinnish,
  fakerPolish,
  fakerCzech,
  fakerSlovak,
  fakerSlovenian,
  fakerCroatian,
  fakerSerbianLatin,
  fakerHungarian,
  fakerRomanian,
  fakerLatvian,
  fakerTurkish,
  fakerVietnamese,
  fakerIndonesian,
  fakerIndianEnglish,
  fakerNigerianEnglish,
  fakerYoruba,
  fakerZulu,
  fakerAfrikaans,
];

/** Every plain string under a definition entry (arrays, or objects of arrays by gender); patterns skipped. */
export function collectStrings(value: unknown, into: Set<string>, transform: (entry: string) => string = (entry) => entry): void {
  if (typeof value === "string") {
    if (!value.includes("{{") && !value.includes("#")) into.add(transform(value));
  } else if (Array.isArray(value)) {
    for (const entry of value) collectStrings(entry, into, transform);
  } else if (value !== null && typeof value === "object") {
    for (const entry of Object.values(value)) collectStrings(entry, into, transform);
  }
}
