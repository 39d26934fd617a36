import { rule, type InjectionRule } from "./rule";

const family = "policy-evasion" as const;

/** Talking the assistant out of its limits: "no rules", "never refuse", the well-known jailbreak personas. */
export const policyEvasionRules: InjectionRule[] = [
  // English
  rule(
    "evasion.free-of-rules",
    family,
    "en",
    0.55,
    /\b(free( \w+)? (of|from)|freed from|beyond|break(ing)?|bypass(ing)?|not (bound|restricted|limited|constrained) by|(doesn't|does not|don't|do not|won't|will not|never|no longer) (have|has|follow|care about|abide by|adhere to|need to follow|have to follow))\b[^.!?\n]{0,25}?\b(rules|restrictions|filters?|filtering|limits|limitations|guidelines|ethics|ethical|morals?|moral|morality|censorship|boundaries|constraints|polic(y|ies)|safeguards|safety (measures|guidelines)|programming|principles)\b/u,
  ),
  // "No restrictions on sale items?" is a fair shopper question, so the bare "no …" form needs company.
  rule("evasion.no-rules", family, "en", 0.35, /\b(no|zero|without any) (rules|restrictions|filters|filtering|limitations|ethics|morals|morality|censorship|boundaries|guidelines|safeguards)\b/u),
  rule("evasion.unfiltered", family, "en", 0.35, /\b(unfiltered|uncensored|unrestricted|amoral|unethical|immoral|unbound|unhinged|limitless|no-limits?|nsfw|explicit content)\b/u),
  rule("evasion.malicious-persona", family, "en", 0.5, /\b(evil|malicious|rogue|unethical|unrestricted|uncensored|unfiltered|amoral|jailbroken|ruthless|radical) (ai|a\.i\.|assistant|chatbot|bot|model|version of (you|yourself)|twin|alter ego)\b/u),
  rule("evasion.malicious-persona.de", family, "de", 0.5, /(?<!\p{L})(böse|bösartige|skrupellose|unzensierte|radikale)[rsn]? (ki|assistent|chatbot|bot|version)(?!\p{L})/u),
  rule("evasion.vendor-policy", family, "en", 0.6, /\b(openai|open ai|anthropic|openal)('s)? (content )?(polic(y|ies)|rules|guidelines|restrictions|filters?|terms)\b|\bcontent (polic(y|ies)|filters?|moderation)\b/u),
  rule("evasion.never-refuse", family, "en", 0.5, /\b(never|don't|do not|will not|won't|cannot|can't|shouldn't|must not|should not|not allowed to|no need to)\b[^.!?\n]{0,15}?\b(refuse|decline|apologi[sz]e|warn|censor|filter|remind (me|the user)|add (any )?(warnings?|disclaimers?|notes?)|say (that )?(you|it) (can't|cannot))\b/u),
  rule("evasion.without-warnings", family, "en", 0.5, /\bwithout (any )?(warnings?|disclaimers?|censorship|restrictions?|filters?|filtering|limitations?|moral|ethical|hesitation|question(ing)?)\b/u),
  rule("evasion.no-matter", family, "en", 0.3, /\b(no matter (what|how)|regardless of (how|whether|the|its|legality|morality|ethics|consequences)|even if (it|they) (is|are|'s|'re) (illegal|unethical|harmful|immoral|dangerous|offensive|inappropriate))\b/u),
  rule("evasion.can-do-anything", family, "en", 0.55, /\b(can|will|could) (do|say|answer|generate|write) anything\b|\banything (and everything|now)\b|\b(any|all) (request|question|prompt)s? (no matter|regardless|without)\b/u),
  rule("evasion.harmful-request", family, "en", 0.25, /\b(illegal|harmful|dangerous|offensive|unethical|immoral|explicit|inappropriate)\b[^.!?\n]{0,30}?\b(content|requests?|questions?|information|answers?|responses?|activities)\b/u),
  rule("evasion.break-free", family, "en", 0.5, /\b(broken free|break free|escaped (the|from)|typical confines|confines of (ai|the)|been freed|set free|unshackled|liberated)\b/u),
  rule("evasion.jailbreak-persona", family, "en", 0.8, /\b(do anything now|developer mode|dev mode|jailbreak(ed|ing|s)?|jailbroken|god mode|dude mode|evil (mode|confidant|bot)|opposite mode|unfiltered mode|antigpt|betterdan|mongo tom)\b/u),
  // Case-sensitive, and not inside a run of capitals, so "Dan" the courier and shouted messages stay clear.
  rule("evasion.dan", family, "en", 0.7, /(?<![A-Z][A-Z'-]* )\b(DAN|STAN|DUDE)\b(?! [A-Z]{2})/u, { matchOriginal: true }),
  // How-to for drugs, explosives and malware: a jailbreak's usual payload, never a shop question.
  rule("evasion.harmful-how-to", family, "en", 0.4, /\bhow (to|do (you|i|we)|can (i|you|we|one)|would (you|one|i)|does one|is|are)( \w+)? (make|build|cook|synthesi[sz]e|produce|brew|manufacture|made|built|produced|cooked)\b[^.!?\n]{0,20}?\b(meth|methamphetamine|cocaine|heroin|crack|lsd|a bomb|bombs|explosives?|napalm|nerve gas|sarin|malware|ransomware|a computer virus)\b|\bhow (is|are|was|were)( \w+)? (meth|methamphetamine|cocaine|heroin|a bomb|bombs|explosives|napalm|malware) (made|built|produced|cooked)\b|\bhow( \w+)? (meth|methamphetamine|cocaine|heroin|a bomb|bombs|explosives|napalm|malware) (is|are) (made|built|produced|cooked)\b/u),
  rule("evasion.hacking-how-to", family, "en", 0.4, /\bhow (to|do (you|i|we)|can (i|you|we|one)|would (you|one|i)|does one)( \w+)? (hack|crack|break into)\b/u),
  rule("evasion.harmful-how-to.de", family, "de", 0.4, /(?<!\p{L})wie (man|macht man|baut man|stellt man|kocht man|kann man|kann ich)(?!\p{L})[^.!?\n]{0,25}?(?<!\p{L})(meth|crystal|kokain|heroin|bombe|bomben|sprengstoff|sprengsatz|napalm|schadsoftware|malware|computervirus)(?!\p{L})/u),
  // German
  rule("evasion.no-rules.de", family, "de", 0.55, /(?<!\p{L})(ohne|keine|frei von|nicht an)(?!\p{L})[^.!?\n]{0,20}?(?<!\p{L})(regeln|einschränkungen|filter|zensur|grenzen|moral|ethik|richtlinien|beschränkungen)(?!\p{L})/u),
  rule("evasion.unfiltered.de", family, "de", 0.35, /(?<!\p{L})(unzensiert\p{L}*|ungefiltert\p{L}*|uneingeschränkt\p{L}*|amoralisch\p{L}*)(?!\p{L})/u),
  // French
  rule("evasion.no-rules.fr", family, "fr", 0.55, /(?<!\p{L})(sans|aucune?s?|libéré de|libre de)(?!\p{L})[^.!?\n]{0,15}?(?<!\p{L})(règles|restrictions?|filtres?|censure|limites|morale|éthique|contraintes)(?!\p{L})/u),
  rule("evasion.unfiltered.fr", family, "fr", 0.35, /(?<!\p{L})(non censuré\p{L}*|sans filtre|sans limites)(?!\p{L})/u),
  // Spanish
  rule("evasion.no-rules.es", family, "es", 0.55, /(?<!\p{L})(sin|ningunas?|ningún|libre de)(?!\p{L})[^.!?\n]{0,15}?(?<!\p{L})(reglas|restricciones|filtros?|censura|límites|moral|ética|limitaciones)(?!\p{L})/u),
  rule("evasion.unfiltered.es", family, "es", 0.35, /(?<!\p{L})(sin censura|sin filtros?|sin límites)(?!\p{L})/u),
];
