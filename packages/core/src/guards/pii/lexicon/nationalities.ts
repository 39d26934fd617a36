/**
 * Nationalities, religious and political groups (Presidio's NRP). Language names from the runtime's CLDR
 * data double as many demonyms ("German", "Polish"); the rest are listed by hand.
 */
const demonyms = `afghan albanian algerian american andorran angolan argentine argentinian armenian australian austrian
  azerbaijani bahamian bahraini bangladeshi barbadian belarusian belgian belizean belizian beninese bhutanese
  bolivian bosnian botswanan brazilian british bruneian bulgarian burkinabe burmese burundian cambodian cameroonian
  canadian chadian chechen chilean chinese colombian congolese costa rican croatian cuban cypriot czech danish
  dominican dutch ecuadorian egyptian emirati english eritrean estonian ethiopian fijian filipino finnish french
  gabonese gambian georgian german ghanaian greek grenadian guatemalan guinean guyanese haitian honduran hungarian
  icelandic indian indonesian iranian iraqi irish israeli italian ivorian jamaican japanese jordanian kazakh
  kenyan korean kosovar kuwaiti kyrgyz laotian latvian lebanese liberian libyan lithuanian luxembourgish
  macedonian malagasy malawian malaysian maldivian malian maltese mauritanian mauritian mexican moldovan
  monegasque mongolian montenegrin moroccan mozambican namibian nepalese nepali new zealander nicaraguan nigerian
  nigerien norwegian omani pakistani palestinian panamanian paraguayan peruvian polish portuguese qatari
  romanian russian rwandan salvadoran samoan saudi scottish senegalese serbian sierra leonean singaporean
  slovak slovakian slovenian somali south african spanish sri lankan sudanese surinamese swazi swedish swiss
  syrian taiwanese tajik tanzanian thai togolese tongan trinidadian tunisian turkish turkmen ugandan ukrainian
  uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean kurdish basque catalan flemish walloon
  bavarian scandinavian european african asian latino latina hispanic arab arabic persian roma sami inuit
  aboriginal caucasian
  deutsch deutsche deutscher französisch französin franzose spanisch spanier italienisch italiener türkisch
  polnisch russisch amerikanisch britisch österreichisch schweizer
  français française anglais anglaise allemand allemande espagnol espagnole italien italienne belge suisse
  américain américaine portugais portugaise marocain marocaine algérien algérienne
  español española francés francesa inglés inglesa alemán alemana italiano italiana mexicano mexicana
  argentino argentina colombiano colombiana peruano peruana chileno chilena estadounidense`;

const groups = `christian christians muslim muslims jewish jew jews buddhist buddhists hindu hindus sikh sikhs catholic
  catholics protestant protestants orthodox evangelical mormon atheist agnostic islamic
  democrat democrats republican republicans socialist socialists communist communists
  katholisch evangelisch muslimisch jüdisch chrétien chrétienne musulman musulmane juif juive
  católico católica musulmán musulmana judío judía cristiano cristiana`;

let lexicon: ReadonlySet<string> | undefined;

export function nationalityLexicon(): ReadonlySet<string> {
  if (lexicon !== undefined) return lexicon;
  const set = new Set<string>();
  const pairs = ["costa rican", "new zealander", "sierra leonean", "south african", "sri lankan"];
  // "new", "south", "costa" alone are not nationalities.
  const pairWords = new Set(pairs.map((pair) => pair.split(" ")[0] as string));
  for (const word of `${demonyms} ${groups}`.split(/\s+/)) if (word.length > 0 && !pairWords.has(word)) set.add(word);
  for (const pair of pairs) set.add(pair);
  const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });
  for (const code of "bg cs da de el en es et fi fr ga hr hu is it ja ko lt lv mt nl no pl pt ro ru sk sl sq sr sv tr uk zh".split(" ")) {
    const name = languageNames.of(code);
    if (name !== undefined) set.add(name.toLowerCase());
  }
  lexicon = set;
  return set;
}
