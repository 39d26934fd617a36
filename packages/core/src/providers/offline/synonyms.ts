import { stem, words } from "./text-analysis";

/**
 * Words shoppers and store texts use for the same thing, across the four languages: a question about
 * "cost" should reach the "Price:" line, "Rückgabe" the returns policy. Deliberately small and limited to
 * commerce vocabulary; each group is one meaning.
 */
const groups = [
  "price prices cost costs priced pricing preis preise kosten kostet prix coût coûte tarif precio precios cuesta coste",
  "shipping ship shipped delivery deliver delivered dispatch postage versand lieferung liefern zustellung livraison livrer expédition envío envio enviar entrega",
  "return returns returned refund refunds exchange rückgabe rücksendung zurücksenden zurückgeben erstattung umtausch retour retourner remboursement échange devolución devolver reembolso cambio",
  "size sizes dimension dimensions measurements width height length größe maße breite höhe taille dimensions largeur hauteur tamaño talla medidas ancho alto",
  "material materials fabric made stoff material matière tissu matériau tela material hecho",
  "pay payment payments paying zahlung bezahlen zahlungsarten paiement payer pago pagar",
  "contact email phone call kontakt anrufen telefon contacter téléphone contacto teléfono llamar",
  "stock available availability instock verfügbar verfügbarkeit lager vorrätig disponible disponibilité existencias",
  "warranty guarantee garantie gewährleistung garantía",
  "colour color colours colors farbe farben couleur couleurs color colores",
  "discount coupon voucher promo sale rabatt gutschein réduction remise bon descuento cupón rebaja",
  "uk britain british england kingdom großbritannien england royaume-uni angleterre reino unido inglaterra",
  "cancel cancellation stornieren stornierung widerruf annuler annulation cancelar cancelación",
];

const synonymsByStem = new Map<string, string[]>();
for (const group of groups) {
  const stems = [...new Set(words(group).map(stem))];
  for (const member of stems) {
    const others = stems.filter((other) => other !== member);
    synonymsByStem.set(member, [...new Set([...(synonymsByStem.get(member) ?? []), ...others])]);
  }
}

/** Stems that mean the same as `term` (itself excluded). */
export function synonymsOf(term: string): readonly string[] {
  return synonymsByStem.get(term) ?? [];
}
