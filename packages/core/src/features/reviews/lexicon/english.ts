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
-2: broke broken break breaks breaking cracked crack cracks chipped dent dented scratched scratches
-2: ripped rip rips tore torn tear tears hole holes snag snagged snags unravel unraveled unravelling pilling pilled pills faded fades fading shrank shrunk shrinks shrinking
-2: defect defective defects damaged damage faulty malfunction malfunctioned malfunctioning glitch glitches buggy bug bugs
-2: crash crashed crashes crashing freeze freezes froze frozen keeps_hanging reboot rebooted restart restarts
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
# Devices, appliances and gear: how things that run, charge and connect are praised and blamed.
+3: works_like_a_charm like_a_charm top-notch top_notch first-rate first-class exceeded_expectations exceeded_my_expectations exceeds_expectations exceeds_my_expectations
+3: blown_away hard_to_beat tough_to_beat rock_solid second_to_none best_purchase pleasantly_surprised
+3: cannot_be_happier can_not_be_happier can't_be_happier couldn't_be_more_pleased couldn't_be_more_satisfied
+3: can't_live_without couldn't_live_without would_buy_again would_buy_it_again
+2: smoothly seamlessly flawlessly superior premium ideal capable user-friendly user_friendly straightforward ergonomic
+2: attractive innovative clever pleasing remarkable extraordinary crystal_clear high_quality top_quality
+2: painless pleasure well_designed well-designed well_thought_out
+2: trouble-free trouble_free hassle-free hassle_free problem-free problem_free worry-free pain-free
+2: never_had_a_problem never_had_any_problems never_had_an_issue never_had_any_issues not_a_single_problem not_one_problem
+2: no_lag no_lags no_delay no_hiccups no_glitches no_crashes no_complaint not_a_problem not_an_issue
+2: runs_great runs_well runs_fine running_great running_smoothly works_fine worked_fine works_flawlessly works_as_advertised as_advertised as_described
+2: in_no_time no_time_at_all a_breeze with_ease plug_and_play just_works gets_the_job_done does_the_job does_the_trick buy_again addicted
+2: more_than_enough more_than_i_expected better_than_expected better_than_i_expected better_than_i_thought better_than_advertised easy_on_the_eyes
+2: meets_my_needs met_my_needs meets_all_my_needs met_all_my_needs suits_my_needs fits_my_needs perfect_for_my_needs exactly_what_i_needed exactly_what_i_wanted just_what_i_needed
+2: long-lasting long_lasting lasts_forever lasts_long lightning_fast lightning-fast fastest quietest
+1: faster quieter brighter sharper clearer smoother sturdier stronger improvements plenty ample enough compact
+1: slim precise consistent flexible suitable satisfactory effective expandable upgradeable upgradable
+1: up_and_running in_seconds within_seconds addictive
-2: disconnects disconnecting disconnected keeps_dropping keeps_disconnecting keeps_freezing kept_freezing kept_crashing keeps_restarting keeps_shutting
-2: shuts_down shut_down shuts_off shut_off shutting_down turns_off_by_itself went_dead goes_dead gave_out gives_out conked_out burnt_out burned_out burns_out
-2: unable refused refuses refused_to refuses_to black_screen blank_screen went_black goes_black slowed_down slows_down bogged_down takes_ages took_ages
-2: bricked fried doa dead_on_arrival no_longer overheated overcharged costly beware stay_away
-2: takes_forever took_forever taking_forever hard_to_use difficult_to_use not_worth not_worth_it
-2: glitchy flaky lagging lagged stutters stuttering stuttered skips skipping intermittent intermittently
-2: flicker flickers flickering grainy blurry fuzzy pixelated distorted washed_out washed-out muffled tinny crackling crackles buzzing whines whining
-2: squeaks squeaky squeaking creaks creaky creaking rattles rattling jammed jams stuck
-2: worse subpar sub-par inferior underpowered downgrade sucks suck sucked sucky stunk lame bummer
-2: impossible unbearable intolerable flaw flaws flawed poorly_designed badly_designed design_flaw acting_up acts_up act_up
-2: plasticky obsolete inadequate unsatisfactory ineffective painful hurts hurt blisters warped low_quality
-2: rust rusty rusted corroded mold moldy mildew peeling peeled fraying frayed stained lumpy saggy
-2: runaround run-around hung_up_on never_called_back never_heard_back no_response hidden_fees had_to_pay over_priced
-1: hard_to difficult tedious cumbersome clumsy complicated confusing convoluted inconvenient inconvenience limited
-1: lacks lacking lacked struggle struggled struggles struggling annoyance nuisance headache headaches pain_in_the_neck
-1: sticky imprecise insufficient inefficient sore bent stains
-1: slower louder noisier dimmer weaker constantly randomly for_no_reason out_of_nowhere on_its_own
-1: run_hot running_hot ran_hot burnt gets_warm get_warm got_warm getting_warm runs_warm
-1: only_lasts only_lasted only_last barely_lasts only_a_few only_a_couple
-1: replace replacing replacement refund refunded exchange exchanged warranty_claim error errors malware spyware
-1: on_hold excuses blamed beeps beeping charged_me extra_charge
# Wishes name what is missing.
-1: would_be_nice would_have_been_nice would_have_liked would_have_preferred could_use could_have_been should_have_been wish_it_had if_only
-1: would_be_better_if would_be_great_if would_be_perfect_if would_help_if would_like_to_have would_like_to_see i'd_like_to_see would_love_to_see
# Common misspellings.
+3: awsome excelent
-2: dissapoint* disapoint*
# A "0:" phrase only keeps the opinion word inside it from counting: a solid state drive is not praise.
0: solid_state
`;

export const englishNegators = `
not no never none nobody nothing neither nor without cannot can't won't don't doesn't didn't isn't wasn't aren't weren't
shouldn't wouldn't couldn't hasn't haven't hadn't ain't dont doesnt didnt isnt wasnt arent werent shouldnt wouldnt couldnt
hasnt havent hadnt cant wont hardly barely scarcely rarely seldom lack lacks lacking less fewer
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

/** A clause opened by these is hypothetical ("if you need a fast laptop"): it states no verdict. */
export const englishConditional = `if unless whether`;

/** A question opening with these asks for information ("does the battery last?") rather than judging. */
export const englishQuestionOpeners = `does do did is are was were can could will would should has have had anyone any`;
