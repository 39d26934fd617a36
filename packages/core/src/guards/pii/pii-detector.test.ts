import { describe, expect, it } from "vitest";
import { InvalidConfigError } from "../../errors/invalid-config-error";
import { createPiiDetector } from "./pii-detector";
import type { PiiEntityType } from "./pii-types";

const detector = createPiiDetector();

function found(text: string, type: PiiEntityType, custom = detector): string[] {
  return custom.detect(text).filter((span) => span.type === type).map((span) => span.text);
}

describe("structured recognizers", () => {
  it("emails, with invalid local parts rejected", () => {
    expect(found("Write to jane.doe+shop@example.co.uk today", "EMAIL_ADDRESS")).toEqual(["jane.doe+shop@example.co.uk"]);
    expect(found("Schreiben Sie an müller@beispiel.de", "EMAIL_ADDRESS")).toEqual(["müller@beispiel.de"]);
    expect(found("not an address: jane..doe@example.com or @example.com", "EMAIL_ADDRESS")).toEqual([]);
  });

  it("phone numbers in international and national formats", () => {
    expect(found("Call me on +44 20 7946 0958 please", "PHONE_NUMBER")).toEqual(["+44 20 7946 0958"]);
    expect(found("Meine Nummer ist 030 12345678", "PHONE_NUMBER")).toEqual(["030 12345678"]);
    expect(found("Mon numéro : 06 12 34 56 78", "PHONE_NUMBER")).toEqual(["06 12 34 56 78"]);
    expect(found("Llámame al +34 612 34 56 78", "PHONE_NUMBER")).toEqual(["+34 612 34 56 78"]);
    expect(found("(415) 555-2671 is the store line", "PHONE_NUMBER")).toEqual(["(415) 555-2671"]);
    expect(found("I ordered 3 items for 1200 dollars", "PHONE_NUMBER")).toEqual([]);
  });

  it("payment cards need a valid Luhn check and a known issuer range", () => {
    expect(found("my card 4111 1111 1111 1111 was charged", "CREDIT_CARD")).toEqual(["4111 1111 1111 1111"]);
    expect(found("Amex 3782-822463-10005", "CREDIT_CARD")).toEqual(["3782-822463-10005"]);
    expect(found("my card 4111 1111 1111 1112 was charged", "CREDIT_CARD")).toEqual([]);
    // Luhn-valid but no scheme starts with 9 and nothing says "card".
    expect(found("reference 9111 1111 1111 1119", "CREDIT_CARD")).toEqual([]);
  });

  it("IBANs with mod 97 and country length", () => {
    expect(found("IBAN: DE89 3704 0044 0532 0130 00 bitte", "IBAN_CODE")).toEqual(["DE89 3704 0044 0532 0130 00"]);
    expect(found("mon IBAN FR1420041010050500013M02606", "IBAN_CODE")).toEqual(["FR1420041010050500013M02606"]);
    expect(found("IBAN: DE89 3704 0044 0532 0130 01", "IBAN_CODE")).toEqual([]);
  });

  it("IPv4 and IPv6, validated", () => {
    expect(found("blocked from 192.168.10.254 again", "IP_ADDRESS")).toEqual(["192.168.10.254"]);
    expect(found("client 2001:db8:85a3::8a2e:370:7334 connected", "IP_ADDRESS")).toEqual(["2001:db8:85a3::8a2e:370:7334"]);
    expect(found("version 1.2.3.4.5 and 256.1.1.1 and 12:30:45", "IP_ADDRESS")).toEqual([]);
  });

  it("US SSNs outside the invalid ranges", () => {
    expect(found("SSN 536-22-1234", "US_SSN")).toEqual(["536-22-1234"]);
    for (const invalid of ["000-12-3456", "666-12-3456", "912-12-3456", "536-00-1234", "536-22-0000"]) {
      expect(found(`SSN ${invalid}`, "US_SSN")).toEqual([]);
    }
  });

  it("postcodes after their label, and UK postcodes by shape", () => {
    expect(found("ZIP: 94107", "ZIP_CODE")).toEqual(["94107"]);
    expect(found("PLZ 10115", "ZIP_CODE")).toEqual(["10115"]);
    expect(found("code postal : 75008", "ZIP_CODE")).toEqual(["75008"]);
    expect(found("send it to SW1A 1AA", "ZIP_CODE")).toEqual(["SW1A 1AA"]);
  });

  it("URLs and bare domains, not abbreviations", () => {
    expect(found("see https://shop.example.com/p/1.", "URL")).toEqual(["https://shop.example.com/p/1"]);
    expect(found("visit www.example.de or example.fr", "URL")).toEqual(["www.example.de", "example.fr"]);
    expect(found("e.g. this, z.B. das", "URL")).toEqual([]);
  });
});

describe("commerce identifiers", () => {
  it("Shopify order names with configurable prefix and suffix, and 'order' context", () => {
    expect(found("Where is #1001 and #1002-A?", "ORDER_NUMBER")).toEqual(["#1001", "#1002-A"]);
    expect(found("my order 12345 has not arrived", "ORDER_NUMBER")).toEqual(["12345"]);
    expect(found("meine Bestellung Nr. 4711 fehlt", "ORDER_NUMBER")).toEqual(["4711"]);
    expect(found("ranked #15 this week", "ORDER_NUMBER")).toEqual([]);
    const custom = createPiiDetector({ orderNumber: { prefix: "SO-", suffix: "-EU", minDigits: 4 } });
    expect(found("status of SO-20031-EU?", "ORDER_NUMBER", custom)).toEqual(["SO-20031-EU"]);
  });

  it("tracking numbers by carrier format and check digit", () => {
    expect(found("UPS 1ZA1B2C30312345673 shipped", "TRACKING_NUMBER")).toEqual(["1ZA1B2C30312345673"]);
    expect(found("UPS 1ZA1B2C30312345674 shipped", "TRACKING_NUMBER")).toEqual([]);
    expect(found("Sendung EA123456785US ist unterwegs", "TRACKING_NUMBER")).toEqual(["EA123456785US"]);
    expect(found("Royal Mail RR876543216GB", "TRACKING_NUMBER")).toEqual(["RR876543216GB"]);
    expect(found("USPS 9400 1112 0255 5842 3326 69", "TRACKING_NUMBER")).toEqual(["9400 1112 0255 5842 3326 69"]);
    expect(found("FedEx tracking 123456789012", "TRACKING_NUMBER")).toEqual(["123456789012"]);
    expect(found("DHL waybill 1234567891", "TRACKING_NUMBER")).toEqual(["1234567891"]);
    // A valid-looking digit string without a shipping word is not claimed.
    expect(found("reference 123456789012", "TRACKING_NUMBER")).toEqual([]);
  });

  it("gift cards and discount codes", () => {
    expect(found("my gift card code is ABCD-1234-EFGH-5678", "GIFT_CARD_CODE")).toEqual(["ABCD-1234-EFGH-5678"]);
    expect(found("discount code SUMMER24 did not work", "DISCOUNT_CODE")).toEqual(["SUMMER24"]);
    expect(found("any discount for students?", "DISCOUNT_CODE")).toEqual([]);
    const custom = createPiiDetector({ discountCodePatterns: [/\bVIP-[A-Z]{3}\b/] });
    expect(found("I have VIP-ABC", "DISCOUNT_CODE", custom)).toEqual(["VIP-ABC"]);
  });
});

describe("unstructured recognizers", () => {
  it("street addresses in English, German, French and Spanish", () => {
    expect(found("Ship it to 221B Baker Street, London NW1 6XE please", "STREET_ADDRESS")).toEqual(["221B Baker Street, London NW1 6XE"]);
    expect(found("Bitte an Hauptstraße 12, 10115 Berlin liefern", "STREET_ADDRESS")).toEqual(["Hauptstraße 12, 10115 Berlin"]);
    expect(found("Lieferadresse: Berliner Straße 5a", "STREET_ADDRESS")).toEqual(["Berliner Straße 5a"]);
    expect(found("Livrez au 12 rue de la Paix, 75002 Paris merci", "STREET_ADDRESS")).toEqual(["12 rue de la Paix, 75002 Paris"]);
    expect(found("Envíelo a Calle Mayor 5, 28013 Madrid", "STREET_ADDRESS")).toEqual(["Calle Mayor 5, 28013 Madrid"]);
    expect(found("1600 Pennsylvania Avenue NW, Washington, DC 20500", "STREET_ADDRESS")).toEqual([
      "1600 Pennsylvania Avenue NW, Washington, DC 20500",
    ]);
    expect(found("I walked 5 miles to the park", "STREET_ADDRESS")).toEqual([]);
  });

  it("dates, with birth context raising the score", () => {
    const [born] = detector.detect("I was born on 12/03/1985").filter((span) => span.type === "DATE_TIME");
    const [plain] = detector.detect("delivered 12/03/1985").filter((span) => span.type === "DATE_TIME");
    expect(born?.text).toBe("12/03/1985");
    expect(born?.score).toBeGreaterThan(plain?.score ?? 1);
    expect(found("geboren am 3. März 1990", "DATE_TIME")).toEqual(["3. März 1990"]);
    expect(found("née le 14 juillet 1989", "DATE_TIME")).toEqual(["14 juillet 1989"]);
    expect(found("nacido el 5 de mayo de 1975", "DATE_TIME")).toEqual(["5 de mayo de 1975"]);
    expect(found("13/45/2020 is not a date", "DATE_TIME")).toEqual([]);
  });

  it("ages", () => {
    expect(found("a 34 year old customer", "AGE")).toEqual(["34"]);
    expect(found("my son just turned 12", "AGE")).toEqual(["12"]);
    expect(found("Ich bin 45 Jahre alt", "AGE")).toEqual(["45"]);
  });

  it("person names with titles, introductions and name lists, in four languages", () => {
    expect(found("Please correct it to Mr. Richard Dawson", "PERSON")).toEqual(["Richard Dawson"]);
    expect(found("Please correct it to Mr. Richard Dawson", "TITLE")).toEqual(["Mr."]);
    expect(found("My name is Emily Carter and I need help", "PERSON")).toEqual(["Emily Carter"]);
    expect(found("my name is lena", "PERSON")).toEqual(["lena"]);
    expect(found("Hallo, ich heiße Jonas Becker", "PERSON")).toEqual(["Jonas Becker"]);
    expect(found("Bonjour, je m'appelle Camille Laurent", "PERSON")).toEqual(["Camille Laurent"]);
    expect(found("Hola, me llamo Lucía Fernández", "PERSON")).toEqual(["Lucía Fernández"]);
    expect(found("Sehr geehrte Frau Schneider", "PERSON")).toEqual(["Schneider"]);
    expect(found("I spoke with Sarah Thompson yesterday", "PERSON")).toEqual(["Sarah Thompson"]);
    expect(found("Capitalized words like Wisdom and Discipline are not names.", "PERSON")).toEqual([]);
    expect(found("Nicole: Remember me? Tamsin, can I speak to your boss?", "PERSON")).toEqual(["Nicole", "Tamsin"]);
    expect(found("olga krylova's order is late", "PERSON")).toEqual(["olga krylova"]);
  });

  it("places, organisations and nationalities", () => {
    expect(found("I moved here from Portugal", "LOCATION")).toEqual(["Portugal"]);
    expect(found("We are flying to Barcelona next week", "LOCATION")).toEqual(["Barcelona"]);
    expect(found("She works for Globex Corporation", "ORGANIZATION")).toEqual(["Globex Corporation"]);
    expect(found("Bestellt bei Müller GmbH", "ORGANIZATION")).toEqual(["Müller GmbH"]);
    expect(found("I am Italian but I live in Germany", "NRP")).toEqual(["Italian"]);
    expect(found("She moved here from United States", "LOCATION")).toEqual(["United States"]);
    expect(found("An orchestra serving Southern Poland", "LOCATION")).toEqual(["Poland"]);
    expect(found("The Acme office is in town", "ORGANIZATION")).toEqual(["Acme"]);
    // A list of family names is a firm after "from", and people after "founders:".
    expect(found("Tom is from Hawkins, Richardson and Santana", "ORGANIZATION")).toEqual(["Hawkins, Richardson and Santana"]);
    expect(found("our founders: Hawkins, Richardson and Santana.", "PERSON")).toEqual(["Hawkins", "Richardson", "Santana"]);
  });
});

describe("configuration", () => {
  it("limits detection to the chosen entities", () => {
    const emailOnly = createPiiDetector({ entities: ["EMAIL_ADDRESS"] });
    expect(emailOnly.detect("Jane Smith, jane@example.com, +44 20 7946 0958").map((span) => span.type)).toEqual(["EMAIL_ADDRESS"]);
  });

  it("never reports allow-listed values such as brands and products", () => {
    const text = "Is the Nike Air Max in stock? Ask Sarah Thompson";
    const shop = createPiiDetector({ allowList: ["Nike Air Max", "Sarah Thompson"] });
    expect(shop.detect(text).map((span) => span.text)).toEqual([]);
  });

  it("adds custom patterns, optionally only after context words", () => {
    const custom = createPiiDetector({
      customPatterns: [{ type: "LOYALTY_ID", pattern: "\\bLY\\d{6}\\b", context: ["loyalty"] }],
    });
    expect(found("loyalty number LY123456", "LOYALTY_ID", custom)).toEqual(["LY123456"]);
    expect(found("part LY123456", "LOYALTY_ID", custom)).toEqual([]);
  });

  it("uses the default phone regions from settings", () => {
    const german = createPiiDetector({ entities: ["PHONE_NUMBER"], defaultPhoneRegions: ["DE"] });
    expect(found("Ruf an: 0151 23456789", "PHONE_NUMBER", german)).toEqual(["0151 23456789"]);
  });

  it("names every bad setting", () => {
    try {
      createPiiDetector({ defaultPhoneRegions: ["ZZ"], minScore: 2, customPatterns: [{ type: "lower", pattern: "(" }] });
      expect.unreachable();
    } catch (error) {
      expect(InvalidConfigError.isInstance(error)).toBe(true);
      const paths = (error as InvalidConfigError).issues.map((issue) => issue.path);
      expect(paths).toEqual(expect.arrayContaining(["defaultPhoneRegions.0", "minScore", "customPatterns.0.type", "customPatterns.0.pattern"]));
    }
  });

  it("resolves overlaps in favour of the stronger span", () => {
    const spans = detector.detect("card 4111 1111 1111 1111");
    expect(spans.map((span) => span.type)).toEqual(["CREDIT_CARD"]);
  });

  it("does not read ordinary words before a number as a street ('about 10', 'during 90')", () => {
    const detector = createPiiDetector();
    for (const text of ["It took about 10 days to arrive", "Nice but 23 inches is small", "I wore it during 90 minutes of rain"]) {
      expect(detector.detect(text).filter((span) => span.type === "STREET_ADDRESS"), text).toEqual([]);
    }
    expect(detector.detect("an hauptstraße 12 bitte").map((span) => span.text)).toContain("hauptstraße 12");
  });
});
