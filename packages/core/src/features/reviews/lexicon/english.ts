/*
 * English opinion words for product reviews, written for Aisle from general usage (furniture, clothing,
 * outdoor gear, kitchenware, electronics). Strength runs from 1 (mild) to 3 (strong). Words whose polarity
 * depends on the aspect ("small", "long", "cheap") are not here but in the aspect cues.
 */

export const englishOpinions = `
+3: excellent superb outstanding perfect perfectly flawless fantastic amazing amazingly awesome incredible phenomenal exceptional magnificent
+3: love loved loves loving adore adored adores favorite favourite favorites favourites gorgeous stunning spectacular brilliant wonderful wonderfully
+3: best heavenly dreamy obsessed masterpiece impeccable immaculate exquisite divine marvelous marvellous fabulous terrific
+3: highly_recommend highly_recommended would_recommend must_have worth_every_penny worth_every_cent
+3: well_worth five_stars 5_stars game_changer
+3: can't_beat cannot_beat can't_wait couldn't_be_happier could_not_be_happier can't_say_enough couldn't_ask_for can't_go_wrong
+2: worth_it worth_the_money powerful zippy blazing runs_smoothly runs_smooth lasts_all_day portable
+1: worth handles lasts holds_up
+2: great good nice lovely beautiful beautifully pretty cute elegant classy chic stylish sleek flattering slimming
+2: comfortable comfy cozy cosy soft softer softest smooth silky plush supple breathable
+2: sturdy solid durable robust rugged reliable dependable quality well_made well-made well_built well-built high-quality
+2: recommend recommended happy pleased delighted glad satisfied thrilled impressed impressive enjoy enjoyed enjoying
+2: fast quick quickly speedy prompt promptly snappy responsive efficient effortless effortlessly easy easily intuitive simple seamless
+2: helpful friendly courteous polite professional knowledgeable attentive accommodating generous
+2: bargain affordable inexpensive worthwhile value-for-money
+1: reasonable reasonably
+2: waterproof cosier roomy spacious lightweight versatile practical
+1: warm warmer light cool handy convenient useful functional
+1: fits fitted
+2: fit_perfectly true_to_size tts runs_true fits_well fits_great fit_well fit_great fits_perfectly
+2: compliments compliment complimented
+2: thank thanks grateful appreciate appreciated
+2: works_great works_well works_perfectly worked_great worked_well
+2: no_complaints no_issues no_problems no_regrets zero_issues
+2: crisp vibrant vivid
+1: rich bright sharp clear quiet silent
+2: sharp-looking eye-catching timeless
+1: fine ok okay decent adequate fair acceptable solid nicely neat clean cleanly pleasant fun fresh
+1: like liked likes enjoyable keeper kept wearable
+1: works worked working sufficient sufficiently decently properly correctly
+1: improve improved improvement upgrade upgraded better
+1: wow yay yes win
+1: safe secure stable steady
+1: accurate accurately
-1: meh average mediocre okayish so-so ordinary plain basic bland boring dull
-1: odd weird strange awkward unusual tricky fiddly finicky picky
-1: heavy bulky clunky stiff rough coarse thin sheer see-through transparent
-1: slow slowly loud noisy overheat overheats overheating lag lags laggy gets_hot runs_hot get_hot got_hot
-1: than_i'd_like than_i_would_like than_i_wanted than_i_expected could_be_better could_have_been_better
-2: expected_better expected_more hoped_for_better
-1: unfortunately sadly wish wished hoped hoping
-1: issue issues problem problems concern concerns complaint complaints hassle
-1: replaced repair repaired repairs had_to have_to having_to complain complained troubleshoot troubleshooting
-1: dim glare cramped outdated bloated bloatware virus viruses
-1: slip slips slipping slides loosen loosens loosened sags sagging
-2: sluggish stopped stops keeps_crashing blue_screen dead_pixel dead_pixels
-1: tight tighter wrinkle wrinkled wrinkles wrinkly itch
-2: bad poor poorly cheap-looking cheaply flimsy fragile weak wobbly wobble wobbles shaky unstable
-2: disappoint* dissatisfied unhappy upset annoyed annoying irritating frustrating frustrated frustration
-2: uncomfortable unflattering unwearable itchy scratchy sweaty clammy
-2: ugly unattractive frumpy shapeless dowdy matronly
-2: overpriced pricey expensive ripoff rip-off rip_off overrated
-2: broke broken break breaks breaking cracked crack cracks chipped chip chips dent dented scratched scratches
-2: ripped rip rips tore torn tear tears hole holes snag snagged snags unravel unraveled unravelling pilling pilled pills faded fades fading shrank shrunk shrinks shrinking
-2: defect defective defects damaged damage faulty malfunction malfunctioned malfunctioning glitch glitches buggy bug bugs
-2: crash crashed crashes crashing freeze freezes froze frozen hang hangs hung reboot rebooted restart restarts
-2: fail failed fails failing failure dead died dies dying drained drains
-2: leak leaks leaked leaking leaky soggy damp wet smelly smell smells stink stinks stinky odor odour
-2: late delayed delay delays lost missing wrong incorrect mistake
-2: rude unhelpful unresponsive ignored useless pointless worthless
-2: returned returning_it sending_back send_back sent_back sent_it_back going_back went_back back_it_goes
-2: regret regrets regretted wasted waste misleading misrepresented inaccurate
-2: unusable unreliable inconsistent cheaply_made poorly_made badly_made
-2: mess messy sloppy
-2: hate_to_say sadly_disappointed not_impressed not_a_fan
-2: scam fake counterfeit knockoff knock-off
-3: terrible horrible awful horrendous atrocious dreadful abysmal appalling pathetic disgusting gross
-3: worst hate hated hates garbage trash junk crap crappy rubbish lousy nightmare disaster
-3: fell_apart falls_apart falling_apart came_apart coming_apart stopped_working quit_working doesn't_work didn't_work don't_work does_not_work did_not_work not_working
-3: waste_of_money waste_of_time money_back total_waste complete_waste
-3: never_again do_not_buy don't_buy avoid
-3: idiot idiots moron morons clowns imbeciles
-3: shoddy unacceptable ridiculous outrageous infuriating furious livid
`;

export const englishNegators = `
not no never none nobody nothing neither nor without cannot can't won't don't doesn't didn't isn't wasn't aren't weren't
shouldn't wouldn't couldn't hasn't haven't hadn't ain't dont doesnt didnt isnt wasnt arent werent shouldnt wouldnt couldnt
hasnt havent hadnt cant wont hardly barely scarcely lack lacks lacking
`;

/** Multipliers: "very comfortable" counts more than "comfortable", "slightly small" less. */
export const englishIntensifiers = `
1.5: very really so super extremely incredibly absolutely totally completely truly highly most especially exceptionally
1.5: remarkably seriously insanely ridiculously utterly deeply thoroughly terribly awfully quite
1.3: much more pretty too definitely certainly sooo soooo
0.6: slightly somewhat bit little kinda sorta fairly rather mildly relatively moderately
`;

/** A clause after these carries the writer's conclusion, so it counts more; the one before counts less. */
export const englishContrast = `but however though yet except whereas nevertheless nonetheless unfortunately sadly`;

/** A clause introduced by these is conceded, so the other clause of the sentence carries the verdict. */
export const englishConcessive = `although though despite whilst`;
