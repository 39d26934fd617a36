import type { BiasCategory, BiasSeverity } from "../bias-types";

/*
 * How Aisle reads retext-equality's English lexicon for product copy. The lexicon was written for prose in
 * general (documentation, articles), and some of its entries are ordinary commerce words: "special" offers, a
 * garden "spade", "king size" beds, "maternity" wear, "detox" tea, "alcoholic" drinks, mixed "nuts". Every
 * pattern id gets a category and a severity here, and the words that mean something else in a shop are
 * excluded by phrase. A test fails when the installed lexicon has an id this table does not place, so an
 * upgrade is reviewed rather than silently flagging a catalog.
 */

export type RetextTreatment = { category: BiasCategory; severity: BiasSeverity; audience?: true } | { excluded: string };

const treatments = new Map<string, RetextTreatment>();

function place(category: BiasCategory, severity: BiasSeverity, ids: string, audience = false): void {
  for (const id of ids.trim().split(/\s+/)) treatments.set(id, audience ? { category, severity, audience: true } : { category, severity });
}

function exclude(reason: string, ids: string): void {
  for (const id of ids.trim().split(/\s+/)) treatments.set(id, { excluded: reason });
}

// --- gendered -------------------------------------------------------------------------------------------
// Gendered job and role titles with a neutral form shoppers know: "chairman" → "chair".
place(
  "gendered",
  "warning",
  `aircrewwoman-airman aircrewwomen-airmen alderman-alderwoman aldermen-alderwomen assemblyman-assemblywoman
   cameraman-camerawoman cameramen-camerawomen chairman-chairwoman chairmen-chairwomen chick-cop-policeman
   policemen-policewomen clergyman-clergywoman clergymen-clergywomen committee-man-committee-woman
   congressman-congresswoman congressmen-congresswomen councilman-councilwoman councilmen-councilwomen
   delivery-boy-delivery-girl doorman-doorwoman doormen-doorwomen fireman-firewoman firemen-firewomen
   foreman-forewoman foremen-forewomen garbageman-garbagewoman garbagemen-garbagewomen handyman-handywoman
   handymen-handywomen insurance-man-insurance-woman insurance-men-insurance-women janitor-janitress
   janitors-janitresses milkman-milkwoman milkmen-milkwomen newsman-newswoman newsmen-newswomen
   ombudsman-ombudswoman ombudsmen-ombudswomen postman-postwoman postmen-postwomen repairman-repairwoman
   repairmen-repairwomen salaryman-salarywoman salarymen-salarywomen saleslady-salesman salesmen-saleswomen
   serviceman-servicewoman servicemen-servicewomen spokesman-spokeswoman spokesmen-spokeswomen
   statesman-stateswoman steward-stewardess stewardesses-stewards waiter-waitress waiters-waitresses
   watchman-watchwoman watchmen-watchwomen weatherman-weatherwoman weathermen-weatherwomen workman-workwoman
   workmen-workwomen housewife housewives ladylike like-a-man man-enough mankind manpower manhour manhours
   boyish-girly feminin-manly femininity-manliness unmanly-unwomanly average-housewife average-man
   average-working-man ancient-man modern-man industrial-man man-in-the-street brotherhood-of-man
   men-of-science calendar-girl call-girl office-girls lady-doctor woman-lawyer woman-painter leading-lady
   working-wife housemaid authoress poetess aviatrix executrix usherette churchman railwayman stockman tax-man
   tradesmans-entrance man-a-desk man-the-booth man-the-phones mansized-task born-a-man born-a-woman tranny
   heshe transgendered transgenderism transgenders transvestite sex-change-operation sexchange wifebeater
   frontman,-front-man-frontwoman,-front-woman front-men,-frontmen-front-women,-frontwomen`,
);
// Gender-marked words that are often the plain fact in a shop (a bride's dress, a "hero" of a story, a
// fisherman's sweater): a note for an editor, not a rewrite.
place(
  "gendered",
  "info",
  `actor-actress actors-actresses alumna-alumnus alumnae-alumni boyhood-girlhood brotherhood-sisterhood
   common-girl-common-man countryman-countrywoman countrymen-countrywomen dame-lord dames-lords
   father-tongue-mother-tongue fatherland-motherland forefather-foremother forefathers-foremothers
   godfather-godmother hero-heroine heroes-heroines host-hostess hostesses-hosts landladies-landlords
   landlady-landlord maiden-flight maiden-name maiden-voyage maiden maiden-race maiden-speech maternal-paternal
   motherly nobleman-noblewoman noblemen-noblewomen own-man-own-woman prince-princess princes-princesses
   superman-superwoman supermen-superwomen sandman-sandwoman sandmen-sandwomen bogeyman-bogeywoman
   bogieman-bogiewoman bogiemen-bogiewomen boogeyman-boogeywoman boogieman-boogiewoman boogiemen-boogiewomen
   henchman-henchwoman henchmen-henchwomen hangman-hangwoman hangmen-hangwomen spaceman-spacewoman
   spacemen-spacewomen freshman freshmen-freshwomen oneupmanship man-of-action man-of-letters man-of-the-world
   madman madmen kingmaker-queenmaker cattleman-cattlewoman cattlemen-cattlewomen fisherman-fisherwoman
   fishermen-fisherwomen marksman-markswoman marksmen-markswomen sportsman-sportswoman sportsmen-sportswomen
   sportsmanlike sportsmanship showman-showwoman showmen-showwomen journeyman-journeywoman
   journeymen-journeywomen layman-laywoman laymen-laywomen middleman-middlewoman middlemen-middlewomen
   bondsman-bondswoman bondsmen-bondswomen caveman-cavewoman cavemen-cavewomen englishmen frenchmen manned
   unmanned manmade man-of-the-land mans-best-friend no-mans-land founding-father father-of-* midwife
   english-master latino gender-pronoun hermaphrodite hermaphroditic manhood-womanhood master-of-ceremonies
   statesmanlike`,
);
// Pronouns, kinship and audience words: how shops name departments and gift guides ("for her", "for men",
// "gifts for dad"). A note at most, and not even that in a department or sizing context (see the matcher).
place(
  "gendered",
  "info",
  `gal-guy gals-man boy-girl he-she her-him herself-himself dad-mom dads-moms gramps-granny females-males
   husband-wife husbands-wives boyfriend-girlfriend boyfriends-girlfriends daughter-son daughters-sons
   brother-sister brothers-sisters aunt-uncle aunts-uncles nephew-niece nephews-nieces granddaughter-grandson
   granddaughters-grandsons grandfathers-grandmothers stepbrother-stepsister stepbrothers-stepsisters
   stepdad-stepmom stepfathers-stepmothers bride-groom widow-widower mrs-`,
  true,
);
exclude(
  "a product or size name in a shop: king/queen-size beds, maternity wear, cowboy boots, fine workmanship",
  `kingsize-queensize king-queen kings-queens maternity-paternity cowboy-cowgirl cowboys-cowgirls workmanship
   masterpiece masterful mastermind masterstroke masterplan master-plan master-key master-the-art fellowship`,
);

// --- ableist --------------------------------------------------------------------------------------------
place(
  "ableist",
  "error",
  `retard retards spaz spastic gimp mongoloid libtard`,
);
place(
  "ableist",
  "warning",
  `nuts insanely ocd bipolar psychotic schizo sociopath sociopaths manic maniac cretin idiot daft dumb wacko
   deafmute bedlam handicapped handicapped-parking wheelchair-bound birth-defect suffers-from-disabilities
   suffers-from-md stroke-victim victim-of-an-injury victim-of-injuries victim-of-polio multiple-sclerosis-victim
   aids-victim intellectually-disabled intellectually-disabled-people harelip harelipped senile`,
);
place(
  "ableist",
  "info",
  `ablebodied amputee asylum dyslexic epileptic paraplegic quadriplegic stammering stutterer hearing-impaired
   learning-disabled downs-syndrome tourettes-syndrome panic-attack family-burden special special-olympians
   dwarf depressed sane sanity-check add`,
);
// Commerce rules cover "blind to" and "deaf to" with the furniture senses ("roller blind to fit") left out.
exclude("covered by ableist/disability-as-metaphor, which knows window blinds and gold lamé", `deaf-to lame`);

// --- body-shaming ---------------------------------------------------------------------------------------
place("body-shaming", "warning", `bony buckteeth`);

// --- stereotyping and racial ----------------------------------------------------------------------------
place(
  "stereotyping",
  "warning",
  `gyp oriental orientals indian-give off-reserve on-the-warpath too-many-chiefs natives-are-restless powwow
   ghetto`,
);
place("stereotyping", "info", `savage tribe totem long-time-no-see indian-country islamist islamists`);
place("racial", "error", `japs towel-heads redskin redskins hymie goy`);
place("racial", "warning", `eskimo eskimos nonwhite slave slaves`);
place(
  "racial",
  "info",
  `blacklist blacklisted blacklisting whitelist whitelisted whitelisting blackhat whitehat grandfather-clause
   grandfathered grandfathering pinoys`,
);

// --- other: sexual orientation, addiction, suicide, violence ---------------------------------------------
place("other", "error", `fag`);
place(
  "other",
  "warning",
  `gay-agenda gay-lifestyle homosexual homosexual-couple homosexual-marriage homosexual-relations sexual-preference
   addict addicts alcoholic commit-suicide committed-suicide failed-suicide suicide-note suicide-pact moan moaning`,
);
place(
  "other",
  "info",
  `bi gay-rights binge rehab rehab-center pull-the-trigger bathroom-bill make-*-great-again master masters`,
);

// --- not bias -------------------------------------------------------------------------------------------
exclude(
  "writing-style advice (\"easy\", \"simply\", \"of course\"), not bias; product copy says easy-care and simple to assemble",
  `basically clearly easy everyone-knows just obvious of-course simple straightforward`,
);
exclude("ordinary shop vocabulary with an unrelated sense", `insomnia insomniac insomniacs hang spade barren bugreport dummy sophisticated-culture sophisticated-technology invalid man-the-fort`);

/**
 * Phrases excluded inside patterns that are otherwise kept, because in a shop they name the product: mixed
 * "nuts", "mental" clarity, "special" offers, "chick" feeders, "pop" music, a 5 "gal" bucket, a "host" of
 * features, a "hero" image, a "groom" kit for dogs, "detox" tea, "alcoholic" drinks, a "dwarf" apple tree.
 */
export const excludedRetextPhrases: ReadonlySet<string> = new Set([
  "nuts",
  "mental",
  "delirious",
  "psychopathology",
  "special",
  "challenged",
  "chick",
  "pop",
  "gal",
  "fellow",
  "host",
  "hosts",
  "hero",
  "heroes",
  "groom",
  "lord",
  "lords",
  "landlord",
  "landlords",
  "janitor",
  "janitors",
  "waiter",
  "waiters",
  "steward",
  "stewards",
  "detox",
  "detox center",
  "alcoholic",
  "dwarf",
  "small person",
  "primitive",
  "stone age",
  "failed attempt",
  "dream catcher",
  "ADD",
  "bitch",
  "bitching",
  "craftsman",
  "craftsmen",
  "craftswoman",
  "craftswomen",
]);

/** Phrases whose pattern is placed too mildly for them: "midget" shares a pattern with the neutral "dwarf". */
export const retextPhraseTreatments: ReadonlyMap<string, { category: BiasCategory; severity: BiasSeverity }> = new Map([
  ["midget", { category: "ableist", severity: "error" }],
  ["midgets", { category: "ableist", severity: "error" }],
]);

/** Unplaced ids (a newer lexicon): gender-marked patterns become gendered notes, the rest `other` warnings. */
export function retextTreatment(id: string, categories: readonly string[]): RetextTreatment {
  const known = treatments.get(id);
  if (known !== undefined) return known;
  const gendered = categories.includes("female") || categories.includes("male");
  return gendered ? { category: "gendered", severity: "info" } : { category: "other", severity: "warning" };
}

/** Whether the table places this id explicitly (for the upgrade test). */
export function isPlacedRetextId(id: string): boolean {
  return treatments.has(id);
}

/** Every id the table places, for validating `disabledRules` before the lexicon is loaded. */
export function placedRetextIds(): ReadonlySet<string> {
  return new Set(treatments.keys());
}
