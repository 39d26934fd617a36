/*
 * Words that name a commerce aspect, written for Aisle. `0:` entries only say the aspect is talked about; signed
 * entries also say how ("runs small" is a fit complaint, "arrived early" praise for delivery). Covers clothing,
 * furniture, outdoor gear and housewares in English, with the basics in German, French and Spanish.
 */
import type { ReviewAspect } from "../review-types";

export const aspectTerms: Record<ReviewAspect, string> = {
  quality: `
0: quality material materials fabric fabrics stitching stitches seams seam craftsmanship construction build built workmanship finish finishing textile cotton linen wool leather
0: zipper zippers zip zips laces buttons straps strap buckle buckles clasp clasps latch latches
+2: sturdy solid robust rugged solidly
0: qualität material stoff verarbeitung naht nähte qualité matière tissu finition coutures calidad material tela tejido acabado costuras
+2: well_made well-made well_built well-built high_quality high-quality good_quality great_quality excellent_quality solidly_built hochwertig gut_verarbeitet
-2: poorly_made cheaply_made badly_made poor_quality low_quality cheap_material cheap_fabric feels_cheap looks_cheap flimsy shoddy mal_fait mala_calidad schlecht_verarbeitet billig
`,
  "fit-and-size": `
0: toe_box fit fits fitted fitting size sizes sizing sized length waist waistband inseam hips bust chest shoulders sleeve sleeves petite measurements dimensions torso
0: passform größe grösse größen länge ärmel taille tallas talla taille tailles longueur manches tamaño medidas
+2: true_to_size tts fits_perfectly fit_perfectly perfect_fit fits_great fits_well fit_well fits_like_a_glove runs_true sitzt_gut passt_perfekt taille_bien talla_perfecta
-1: runs_small runs_large runs_big runs_short runs_long runs_narrow runs_wide run_small run_large run_big run_long run_short size_up size_down sized_up sized_down order_up order_a_size a_size_up a_size_down
-1: too_big too_small too_long too_short too_tight too_loose too_large too_wide too_narrow baggy boxy tight snug loose oversized
-1: long_on_me short_on_me big_on_me small_on_me large_on_me wide_on_me tight_on_me loose_on_me huge_on_me
-1: fällt_klein fallen_klein fällt_groß zu_klein zu_groß zu_eng zu_weit taille_petit taille_grand trop_petit trop_grand trop_serré talla_pequeña demasiado_pequeño demasiado_grande
`,
  comfort: `
0: comfort comfortably support supportive cushioning cushion cushions seat padding
0: komfort tragekomfort confort comodidad
+2: comfortable comfy cozy cosy soft breathable plush cushy bequem weich angenehm confortable doux douce cómodo cómoda comodo comoda suave
-2: uncomfortable itchy scratchy stiff sweaty unbequem kratzig inconfortable incómodo incómoda
`,
  shipping: `
0: shipping shipped ship ships delivery delivered deliver arrived arrive arrives arrival package packaging packaged parcel box carrier courier freight backorder backordered tracking dispatch dispatched
0: lieferung geliefert versand verpackung paket livraison livré colis emballage envío entrega entregado paquete embalaje llegó
+2: arrived_quickly arrived_early arrived_fast arrived_on_time fast_shipping quick_shipping fast_delivery quick_delivery on_time well_packed schnelle_lieferung livraison_rapide envío_rápido
-2: arrived_damaged arrived_late arrived_broken took_forever never_arrived never_received slow_shipping slow_delivery late_delivery lost_in_transit
`,
  price: `
0: price prices priced pricing cost costs value money deal sale dollars bucks budget $ €
0: preis kosten geld prix argent precio dinero
+2: good_value great_value worth_it worth_the_money worth_the_price worth_every_penny bargain affordable inexpensive steal great_deal good_deal good_price great_price reasonably_priced fairly_priced preiswert günstig bon_rapport_qualité-prix pas_cher buen_precio barato
-2: overpriced over-priced pricey expensive too_expensive not_worth overpriced rip-off ripoff waste_of_money teuer überteuert cher trop_cher caro demasiado_caro
`,
  durability: `
0: durability lasted lasts lasting longevity wear_and_tear warranty washes washing washed
0: haltbarkeit haltbar durabilité durabilidad
+2: durable long-lasting long_lasting holds_up held_up holding_up still_looks_new survived tough haltbar résistant resistente
-2: fell_apart falls_apart came_apart broke broken ripped tore torn hole holes pilling pilled pills faded fading shrank shrunk unravel unraveled sagging sag sags peeling peeled chipped cracked rust rusted rusty wore_out worn_out wears_out wore_through stopped_working kaputt gerissen cassé roto
`,
  appearance: `
0: color colors colour colours look looks style design pattern print shade hue photo photos picture pictures pictured appearance
0: farbe aussehen optik couleur look apparence color diseño aspecto
+2: beautiful gorgeous pretty cute stunning lovely elegant stylish flattering chic classy as_pictured as_shown exactly_as_pictured schön hübsch beau belle joli jolie bonito bonita precioso preciosa
-2: ugly unflattering frumpy dowdy not_as_pictured looks_cheap hässlich moche feo fea
-1: than_the_photos than_the_photo than_in_the_photos than_in_the_photo than_the_pictures than_the_picture than_pictured than_shown than_on_my_screen than_on_the_screen different_from_the_photos different_from_the_picture
`,
  "customer-service": `
0: customer_service customer_support tech_support service staff representative rep agent agents seller refund replacement helpline reply response responded
0: support_said support_sent support_offered support_replied support_responded support_told support_team support_staff support_people support_shipped support_gave support_helped
0: kundenservice kundendienst service_client servicio_al_cliente atención_al_cliente
+2: helpful responsive friendly prompt_reply quick_response hilfsbereit serviable amable
-2: unhelpful rude unresponsive no_response never_responded ignored unfreundlich
`,
  assembly: `
0: assembly assemble assembled assembling instructions instruction manual setup set-up screws screw bolts bolt hardware allen pre-drilled tools install installation installed put_together set_up
0: montage aufbau aufgebaut anleitung schrauben montaje instrucciones tornillos
+2: easy_to_assemble easy_assembly easy_to_put_together easy_setup easy_to_set_up quick_setup assembled_in_minutes no_tools fully_assembled einfach_aufzubauen facile_à_monter fácil_de_montar
-2: hard_to_assemble difficult_to_assemble missing_hardware missing_parts missing_screws holes_didn't_line_up didn't_line_up confusing_instructions
`,
};

/** Idioms that contain an aspect word without being about the aspect ("out of the box", "not a big deal"). */
export const aspectStopPhrases = `out_of_the_box big_deal feel_free in_the_long_run long_story_short`;
