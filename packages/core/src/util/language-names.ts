/** The four languages the offline stack reads, by name, for instructions to a model ("Answer in German"). */
export const languageNames = { en: "English", de: "German", fr: "French", es: "Spanish" } as const;
