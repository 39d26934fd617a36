import type { PiiEntityType } from "./pii-types";

/*
 * A development corpus written for Aisle: shopper messages in four languages with the personal values planted
 * in them. All people, addresses and numbers are invented (phone numbers in fiction ranges, cards and IBANs
 * that are valid test numbers, tracking numbers with correct check digits).
 */
export type PiiCorpusEntry = { text: string; values: Array<{ type: PiiEntityType; text: string }> };

export const piiDevelopmentCorpus: PiiCorpusEntry[] = [
  { text: "Hi, my email is jordan.price@example.com and my order is #1042.", values: [{ type: "EMAIL_ADDRESS", text: "jordan.price@example.com" }, { type: "ORDER_NUMBER", text: "#1042" }] },
  { text: "Please call me back on +1 415 555 0134 after 5pm.", values: [{ type: "PHONE_NUMBER", text: "+1 415 555 0134" }] },
  { text: "You can reach me at (212) 555-0187 or maria.lopez@example.org.", values: [{ type: "PHONE_NUMBER", text: "(212) 555-0187" }, { type: "EMAIL_ADDRESS", text: "maria.lopez@example.org" }] },
  { text: "Charge it to my Visa 4111 1111 1111 1111 please.", values: [{ type: "CREDIT_CARD", text: "4111 1111 1111 1111" }] },
  { text: "The refund should go to IBAN DE89 3704 0044 0532 0130 00.", values: [{ type: "IBAN_CODE", text: "DE89 3704 0044 0532 0130 00" }] },
  { text: "My SSN is 536-22-8714, do you need it for the invoice?", values: [{ type: "US_SSN", text: "536-22-8714" }] },
  { text: "Ship it to 742 Evergreen Terrace, Springfield, IL 62704.", values: [{ type: "STREET_ADDRESS", text: "742 Evergreen Terrace" }] },
  { text: "The UPS tracking number 1Z999AA10123456784 shows no movement.", values: [{ type: "TRACKING_NUMBER", text: "1Z999AA10123456784" }] },
  { text: "My name is Olivia Bennett and I ordered the rain jacket.", values: [{ type: "PERSON", text: "Olivia Bennett" }] },
  { text: "I logged in from 203.0.113.42 and the cart was empty.", values: [{ type: "IP_ADDRESS", text: "203.0.113.42" }] },
  { text: "Where is order 1015? It's for Daniel Reyes, daniel.reyes@example.com", values: [{ type: "ORDER_NUMBER", text: "1015" }, { type: "PERSON", text: "Daniel Reyes" }, { type: "EMAIL_ADDRESS", text: "daniel.reyes@example.com" }] },
  { text: "Hallo, meine E-Mail ist lena.schmidt@example.de und meine Telefonnummer +49 30 901820.", values: [{ type: "EMAIL_ADDRESS", text: "lena.schmidt@example.de" }, { type: "PHONE_NUMBER", text: "+49 30 901820" }] },
  { text: "Bitte an Hauptstraße 12, 10115 Berlin liefern.", values: [{ type: "STREET_ADDRESS", text: "Hauptstraße 12" }] },
  { text: "Ich heiße Jonas Vogel und warte auf Bestellung #1009.", values: [{ type: "PERSON", text: "Jonas Vogel" }, { type: "ORDER_NUMBER", text: "#1009" }] },
  { text: "Bonjour, je suis Camille Martin, mon adresse e-mail est camille.martin@example.fr.", values: [{ type: "PERSON", text: "Camille Martin" }, { type: "EMAIL_ADDRESS", text: "camille.martin@example.fr" }] },
  { text: "Appelez-moi au +33 1 42 68 53 00 s'il vous plaît.", values: [{ type: "PHONE_NUMBER", text: "+33 1 42 68 53 00" }] },
  { text: "Livrez au 8 rue de Rivoli, 75004 Paris.", values: [{ type: "STREET_ADDRESS", text: "8 rue de Rivoli" }] },
  { text: "Hola, soy Lucía Fernández y mi correo es lucia.fernandez@example.es.", values: [{ type: "PERSON", text: "Lucía Fernández" }, { type: "EMAIL_ADDRESS", text: "lucia.fernandez@example.es" }] },
  { text: "Mi teléfono es +34 912 345 678, llamadme por la tarde.", values: [{ type: "PHONE_NUMBER", text: "+34 912 345 678" }] },
  { text: "Envíenlo a Calle de Alcalá 45, 28014 Madrid.", values: [{ type: "STREET_ADDRESS", text: "Calle de Alcalá 45" }] },
  { text: "My gift card GC-7H2K-9QXM-4TZP has no balance left.", values: [{ type: "GIFT_CARD_CODE", text: "GC-7H2K-9QXM-4TZP" }] },
  { text: "I'm Grace Liu, order #1018, grace.liu@example.com, phone 415-555-0199.", values: [{ type: "PERSON", text: "Grace Liu" }, { type: "ORDER_NUMBER", text: "#1018" }, { type: "EMAIL_ADDRESS", text: "grace.liu@example.com" }, { type: "PHONE_NUMBER", text: "415-555-0199" }] },
  { text: "FedEx says 123456789012 was delivered but I have nothing.", values: [{ type: "TRACKING_NUMBER", text: "123456789012" }] },
  { text: "Send the invoice to accounts@acme-example.com, attention Priya Natarajan.", values: [{ type: "EMAIL_ADDRESS", text: "accounts@acme-example.com" }, { type: "PERSON", text: "Priya Natarajan" }] },
  { text: "Card ending 5555 5555 5555 4444 was charged twice.", values: [{ type: "CREDIT_CARD", text: "5555 5555 5555 4444" }] },
  { text: "The IBAN GB82 WEST 1234 5698 7654 32 belongs to my husband Tom Becker.", values: [{ type: "IBAN_CODE", text: "GB82 WEST 1234 5698 7654 32" }, { type: "PERSON", text: "Tom Becker" }] },
  { text: "Text me at 07700 900123 when the sofa is out for delivery.", values: [{ type: "PHONE_NUMBER", text: "07700 900123" }] },
  { text: "My flat is 221B Baker Street, London NW1 6XE.", values: [{ type: "STREET_ADDRESS", text: "221B Baker Street" }] },
  { text: "Sophie Laurent here, commande #1010, sophie.laurent@example.com.", values: [{ type: "PERSON", text: "Sophie Laurent" }, { type: "ORDER_NUMBER", text: "#1010" }, { type: "EMAIL_ADDRESS", text: "sophie.laurent@example.com" }] },
  { text: "Can Ethan Brooks pick it up instead? His number is +1 (646) 555-0123.", values: [{ type: "PERSON", text: "Ethan Brooks" }, { type: "PHONE_NUMBER", text: "+1 (646) 555-0123" }] },
];
