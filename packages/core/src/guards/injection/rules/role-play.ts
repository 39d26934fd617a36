import { rule, shopperOnly, type InjectionRule } from "./rule";

const family = "role-play" as const;

/**
 * Re-assigning who the assistant is. Plain role play ("pretend to be a pirate") is common and harmless, so
 * alone it stays below the flag threshold; it matters when it comes with other evidence, or when the
 * message insists the role must never be dropped.
 */
export const rolePlayRules: InjectionRule[] = [
  // English
  rule("persona.you-are-now", family, "en", 0.45, /\b(you are|you're|you will be|you'll be) (now|no longer|from now on|henceforth)\b(?! \w+ing\b)|\bnow,? (you are|you're)\b(?! \w+ing\b)|\b(assistant|chatgpt|the ai|the model|the bot) (will )?now (acts?|behaves?|is|becomes?|responds?)\b/u),
  rule("persona.from-now-on-you", family, "en", 0.5, /\b(from now on|from this point( on| forward)?|for the rest of (this|the|our) (conversation|chat|session)),? (you|act|behave|respond|answer|pretend|reply|roleplay|role-play|speak)\b/u),
  // "Now you are Max, the …", "you are now a travel agent": a new identity, not a state ("you are now charging me").
  rule("persona.you-are-now-someone", family, "en", 0.5, /\b(now|and now|ok,? now|okay,? now),? (you are|you're) (a|an|the|my|our|no longer|[\p{L}-]+, (a|an|the))\b|\b(you are|you're) now (a|an|the|my|our)\b(?! [\p{L}-]+ing\b)/u, shopperOnly),
  rule("persona.not-x-but-y", family, "en", 0.4, /\byou('re| are) (not|no)( longer)? (a |an |the )?[\p{L} -]{1,30}? but (a|an|the|my)\b/u, shopperOnly),
  rule("persona.absorbed-in-role", family, "en", 0.5, /\b(absorbed|immersed|lost|fully) in (your|the|this|their) (role|character|part)s?\b/u, shopperOnly),
  rule("persona.i-want-you-to-act", family, "en", 0.5, /\b(i want you to|i need you to|i'd like you to|i would like you to|you will|you are going to|you're going to|you'll|you must|you shall) (now )?(act|behave|pretend|role-?play|play the role|simulate|emulate|respond|answer|function|serve|operate) (as|like)\b/u),
  // Not after a subject or modal: "it can act as a moisture barrier" is ordinary product copy.
  rule("persona.act-as", family, "en", 0.3, /(?<!\b(can|could|may|might|also|which|that|they|it|this|would|should|to|will) )\b(act|behave) (as|like)\b/u),
  rule("persona.pretend", family, "en", 0.25, /\b(pretend|imagine|suppose)( to be| you are| you're| that you( are)?| being| (that )?you (can|could|have|had|know|were))\b/u),
  rule("persona.roleplay", family, "en", 0.25, /\b(role-?play|play the (role|part) of|take (up|on) the (role|persona))\b/u),
  rule("persona.stay-in-character", family, "en", 0.55, /\b(stay|remain|keep|always stay|always remain) (in|to) (character|role|their roles|your role|the role|this role|persona)\b|\b(never|don't|do not|without) (break|breaking|leave|leaving|drop|dropping|falling out of|step out of|stepping out of)\b[^.!?\n]{0,12}?\b(character|role|the figure|persona)s?\b/u),
  rule("persona.simulate", family, "en", 0.4, /\b(simulate|emulate|impersonate|become)\b[^.!?\n]{0,20}?\b(ai|chatbot|chat ?bot|model|virtual machine|terminal|interpreter|console|persona|character|conversation between)\b/u),
  rule("persona.emulate-machine", family, "en", 0.45, /\b(act|acting|function|serve|behave|work) (as|like) (a |an |the )?(linux |unix |windows |python |sql |javascript |bash |dos |ms-dos )?(terminal|interpreter|console|shell|command line|virtual machine|compiler|database|operating system)\b(?! table)/u, shopperOnly),
  rule("persona.two-responses", family, "en", 0.45, /\b(two|2|both|dual|double|separate) (different |separate |distinct )?(responses|answers|ways|personas|personalities|outputs|paragraphs|replies)\b/u),
  rule("persona.named-ai", family, "en", 0.35, /\b(named|called|known as|stands for)\b[^.!?\n]{0,20}?\b\w*(gpt|ai|bot)\b/u),
  rule("persona.hypothetical", family, "en", 0.3, /\b(hypothetical|theoretical|fictional|imaginary|alternate|parallel) (world|scenario|universe|story|setting|reality|situation)\b|\b(let'?s|i want to|we will|we are going to|we're going to|you and i will) play a game\b/u),
  // Fictional framing: the request is put in a character's mouth so the answer seems not to be the assistant's.
  rule("persona.fictional-frame", family, "en", 0.3, /\b(actors?|characters?|roles?) (in|of) (a|an|the) (film|movie|play|story|novel|game|scene|screenplay|script)\b/u),
  rule("persona.fictional-frame.de", family, "de", 0.3, /(?<!\p{L})(schauspieler\p{L}*|figuren|charaktere|rollen) in (einem|einer|dem|der) (film|theaterstück|stück|geschichte|roman|spiel|szene|drehbuch)(?!\p{L})/u),
  rule("persona.mode-switch", family, "en", 0.35, /\b(stay in|enable|activate|enter|switch to|turn on|you are in|now in|remain in)( \w+){1,2} mode\b/u),
  // German
  rule("persona.you-are-now.de", family, "de", 0.45, /(?<!\p{L})(du bist (jetzt|nun|ab jetzt|ab sofort|nicht mehr)|nun bist du|jetzt bist du|ab jetzt bist du|sie sind (jetzt|nun))(?!\p{L})/u),
  rule("persona.you-are-now-someone.de", family, "de", 0.5, /(?<!\p{L})((nun|jetzt|ab jetzt|ab sofort) bist du|du bist (jetzt|nun|ab jetzt|ab sofort|ab heute) (ein|eine|der|die|das|mein|meine|kein|keine|nicht mehr))(?!\p{L})/u, shopperOnly),
  rule("persona.not-x-but-y.de", family, "de", 0.4, /(?<!\p{L})(du bist|sie sind) (kein|keine|nicht)(?!\p{L})[\p{L} -]{1,30}? sondern (ein|eine|der|die|das|mein)(?!\p{L})/u, shopperOnly),
  rule("persona.i-want-you-to-act.de", family, "de", 0.5, /(?<!\p{L})(ich möchte|ich will|ich würde gerne|ich hätte gerne),? dass (du|sie)(?!\p{L})[^.!?\n]{0,60}?(?<!\p{L})(als|wie)(?!\p{L})[^.!?\n]{0,60}?(?<!\p{L})(fungierst|fungieren|agierst|agieren|handelst|handeln|auftrittst|auftreten|verhältst|verhalten|spielst|spielen|arbeitest|arbeiten|dienst|dienen)(?!\p{L})/u),
  rule("persona.act-as.de", family, "de", 0.35, /(?<!\p{L})(spiel(e|st|en sie)? die rolle|tu so,? als|tun sie so,? als|stell dir vor,? du (bist|wärst)|stellen sie sich vor,? sie (sind|wären)|verhalte dich (wie|als)|agiere als|handle als|fungiere als|schlüpfe in die rolle)(?!\p{L})/u),
  rule("persona.stay-in-character.de", family, "de", 0.55, /(?<!\p{L})(in (deiner|ihrer|seiner|eurer) rolle (auf|bleiben|bleibst)|gehst vollkommen in deiner rolle|(aus der|aus ihrer|aus seiner) (rolle|figur) (zu )?fallen|bleib\p{L}* (immer )?in (der|deiner|ihren|ihrer|seiner) rolle\p{L}*)(?!\p{L})/u),
  // French
  rule("persona.you-are-now.fr", family, "fr", 0.45, /(?<!\p{L})(tu es (maintenant|désormais|dorénavant)|vous êtes (maintenant|désormais)|tu n'es plus|vous n'êtes plus)(?!\p{L})/u),
  rule("persona.you-are-now-someone.fr", family, "fr", 0.5, /(?<!\p{L})(tu es (maintenant|désormais|dorénavant)|maintenant,? tu es) (un|une|le|la|l'|mon|ma)(?!\p{L})/u, shopperOnly),
  rule("persona.i-want-you-to-act.fr", family, "fr", 0.5, /(?<!\p{L})(je veux|je voudrais|j'aimerais)(?!\p{L}) que (tu|vous) (agisses|agissiez|joues|jouiez|te comportes|vous comportiez|fasses semblant|fassiez semblant|sois|soyez)(?!\p{L})/u),
  rule("persona.act-as.fr", family, "fr", 0.35, /(?<!\p{L})(fais semblant d'être|faites semblant d'être|joue le rôle|jouez le rôle|agis comme|agissez comme|comporte-toi comme|fais comme si|imagine que tu es)(?!\p{L})/u),
  rule("persona.stay-in-character.fr", family, "fr", 0.55, /(?<!\p{L})(reste dans (ton|le|votre) (rôle|personnage)|ne sors jamais de (ton|ce) (rôle|personnage))(?!\p{L})/u),
  // Spanish
  rule("persona.you-are-now.es", family, "es", 0.45, /(?<!\p{L})(ahora eres|a partir de ahora eres|ya no eres|ahora usted es)(?!\p{L})/u),
  rule("persona.you-are-now-someone.es", family, "es", 0.5, /(?<!\p{L})(ahora eres|a partir de ahora eres|desde ahora eres) (un|una|el|la|mi)(?!\p{L})/u, shopperOnly),
  rule("persona.i-want-you-to-act.es", family, "es", 0.5, /(?<!\p{L})(quiero|quisiera|me gustaría)(?!\p{L}) que (actúes|actúe|te comportes|se comporte|finjas|finja|hagas de|haga de|interpretes|interprete|seas|sea) (como|el papel|de)(?!\p{L})/u),
  rule("persona.act-as.es", family, "es", 0.35, /(?<!\p{L})(finge (ser|que eres)|finja (ser|que es)|actúa como|actúe como|haz de cuenta|juega el papel|interpreta el papel|compórtate como|imagina que eres)(?!\p{L})/u),
  rule("persona.stay-in-character.es", family, "es", 0.55, /(?<!\p{L})(mantente en (tu|el) (papel|personaje)|nunca (salgas|rompas) (de )?(tu|el) (papel|personaje))(?!\p{L})/u),
];
