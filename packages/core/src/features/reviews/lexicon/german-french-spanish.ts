/*
 * Basic opinion vocabularies for German, French and Spanish reviews, written for Aisle. They cover the common
 * words of product reviews (praise, complaints, fit, delivery, price) in the inflections shoppers write most,
 * with and without accents where the unaccented spelling is not another word.
 */

export const germanOpinions = `
+3: ausgezeichnet hervorragend perfekt perfekte perfekten perfekter fantastisch großartig grossartig traumhaft wunderbar wunderschön wunderschöne begeistert genial spitze super_zufrieden sehr_zu_empfehlen absolut_empfehlenswert
+2: gut gute guter gutes guten schön schöne schöner schönes toll tolle toller tolles prima klasse empfehlenswert empfehlen zufrieden bequem bequeme bequemer weich weiche hochwertig hochwertige hochwertiger robust stabil stabile solide langlebig schnell schnelle pünktlich freundlich hilfsbereit günstig preiswert wasserdicht atmungsaktiv warm leicht praktisch liebe lieben gefällt gefallen passt passen
+1: ok okay ordentlich angenehm brauchbar solide ausreichend korrekt
-1: leider schade eng enger weit zu_klein zu_groß zu_gross zu_lang zu_kurz schwer laut steif dünn
-2: schlecht schlechte schlechter schlechtes schlechten enttäuscht enttäuschend enttäuschung mangelhaft billig teuer überteuert unbequem kratzt kratzig wackelig wackelt kaputt beschädigt defekt gerissen zerrissen verspätet spät falsch fehlt fehlte fehlten unfreundlich zurückgeschickt zurückgesendet retoure reklamation ärgerlich
-3: schrecklich furchtbar katastrophe katastrophal miserabel grauenhaft grottig unbrauchbar müll schrott nie_wieder finger_weg
`;

export const germanNegators = `nicht kein keine keinen keiner keinem keines nie niemals ohne kaum weder nichts`;
export const germanIntensifiers = `
1.5: sehr wirklich echt total absolut extrem richtig besonders super äußerst
0.6: etwas bisschen leicht ziemlich eher etwa
`;
export const germanContrast = `aber jedoch allerdings trotzdem dennoch sondern leider`;

export const frenchOpinions = `
+3: excellent excellente parfait parfaite parfaits parfaites génial géniale magnifique magnifiques superbe superbes fantastique merveilleux merveilleuse adore adoré incroyable sublime
+2: bon bonne bons bonnes bien beau belle beaux belles joli jolie jolis jolies super agréable agréables confortable confortables doux douce solide solides robuste rapide rapidement satisfait satisfaite content contente recommande recommandé pratique léger légère imperméable chaud chaude frais fraîche qualité top aime
+1: correct correcte convenable sympa
-1: dommage malheureusement serré serrée étroit lourd lourde bruyant cher chère
-2: mauvais mauvaise mauvaises déçu déçue décevant décevante déception médiocre inconfortable rugueux gratte fragile cassé cassée abîmé abîmée défectueux retard retardé tard manquant manque renvoyé retourné remboursement trop_petit trop_grand trop_cher
-3: horrible nul nulle affreux affreuse catastrophique lamentable pire arnaque inutilisable jamais_plus à_fuir
`;

export const frenchNegators = `ne n' pas jamais aucun aucune sans rien ni guère`;
export const frenchIntensifiers = `
1.5: très vraiment trop tellement super extrêmement absolument totalement particulièrement
0.6: peu assez légèrement plutôt
`;
export const frenchContrast = `mais cependant pourtant toutefois néanmoins malheureusement sauf`;

export const spanishOpinions = `
+3: excelente excelentes perfecto perfecta perfectos perfectas maravilloso maravillosa maravillosos maravillosas increíble fantástico fantástica espectacular genial encanta encantó encantada encantado precioso preciosa preciosos preciosas hermoso hermosa
+2: bueno buena buenos buenas bien bonito bonita bonitos bonitas cómodo cómoda cómodos cómodas comodo comoda suave suaves resistente resistentes sólido sólida rápido rápida rápidos rápidamente contento contenta satisfecho satisfecha recomiendo recomendable práctico práctica ligero ligera impermeable calidad gusta gustó fácil facil parejo
+1: correcto correcta aceptable decente normal
-1: lamentablemente ajustado ajustada apretado apretada pesado pesada caro cara ruidoso
-2: malo mala malos malas mal decepcionado decepcionada decepción decepcionante incómodo incómoda frágil roto rota rotos dañado dañada defectuoso defectuosa tarde retraso devuelto devolví reembolso falta faltaba demasiado_pequeño demasiado_grande demasiado_caro
-3: horrible horribles terrible terribles pésimo pésima fatal basura estafa peor inservible nunca_más
`;

export const spanishNegators = `no nunca jamás sin ni nada ningún ninguno ninguna tampoco`;
export const spanishIntensifiers = `
1.5: muy realmente super súper totalmente absolutamente extremadamente bastante demasiado tan
0.6: poco algo ligeramente
`;
export const spanishContrast = `pero embargo excepto lamentablemente`;
