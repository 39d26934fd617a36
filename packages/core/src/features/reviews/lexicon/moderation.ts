/*
 * Moderation vocabularies, written for Aisle. Kept to words that are abusive whatever they describe:
 * "garbage" and "junk" are harsh opinions about a product, not abuse, so they are not here.
 */

/** Profanity and slurs-free insults that are abusive on their own, by language (matched as whole words). */
export const profanity: Record<"en" | "de" | "fr" | "es", string> = {
  en: `fuck fucking fucked fucker motherfucker shit shitty bullshit bitch bitches asshole assholes arsehole bastard bastards dick dickhead prick cunt twat wanker douche douchebag scumbag piss pissed`,
  de: `scheiße scheisse scheiß scheiss arschloch arschlöcher wichser fotze hurensohn verdammt drecksladen dreckskerl vollidiot vollpfosten`,
  fr: `merde putain connard connards connasse salaud salauds salope enculé encule bordel enfoiré enfoire abruti abrutis`,
  es: `mierda puta puto putos cabrón cabron cabrones gilipollas pendejo pendejos coño joder jodido hijueputa`,
};

/** Words that insult when aimed at people ("an idiot", "are clowns", "you morons"). */
export const personalInsults = `idiot idiots moron morons imbecile imbeciles cretin cretins dumbass dumbasses jerk jerks loser losers clown clowns fool fools retard retarded
idiot idioten depp deppen trottel trottellen blödmann penner
imbécile imbéciles idiote idiots crétin crétins débile débiles
idiota idiotas imbécil imbéciles estúpido estúpida estúpidos tonto tontos inútil inútiles payaso payasos`;

/** What precedes an insult aimed at a person: a copula, "you", "such", "bunch (of)". */
export const insultTargets = `is are was were be being you you're youre ur your such bunch these those them they total complete absolute real
ist sind bist seid du ihr est sont es êtes es son eres sois`;

/** Phrases of get-rich-quick and off-topic advertising. */
export const spamPhrases = `
3: work_from_home working_from_home earn_money make_money make_$ earn_$ get_rich cash_now easy_money
3: click_here click_now click_the_link visit_my visit_our check_out_my dm_me whatsapp telegram
2: buy_now order_now shop_now limited_stock limited_offer limited_time act_now don't_miss free_gift
2: promo_code discount_code coupon_code use_code voucher_code referral_code code_at_checkout
2: not_a_scam 100_%_free cheap_deals wholesale followers crypto bitcoin casino viagra
1: deals hurry guaranteed best_price loans
`;
