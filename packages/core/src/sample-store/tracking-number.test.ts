import { describe, expect, it } from "vitest";
import { appendTrackingCheckDigit, detectCarrier, isValidTrackingNumber, trackingUrl } from "./tracking-number";

// Example numbers published in carriers' label specifications and reproduced by open-source validators.
const publishedExamples = {
  UPS: ["1Z999AA10123456784", "1Z879E930346834440"],
  USPS: ["9101026837331000039521", "9212391234567812345670"],
  FedEx: ["152152152158"],
} as const;

describe("isValidTrackingNumber", () => {
  it("accepts published example numbers of each carrier", () => {
    for (const [carrier, numbers] of Object.entries(publishedExamples)) {
      for (const number of numbers) {
        expect(isValidTrackingNumber(carrier as keyof typeof publishedExamples, number), number).toBe(true);
      }
    }
  });

  it("rejects a number whose check digit was changed", () => {
    expect(isValidTrackingNumber("UPS", "1Z999AA10123456785")).toBe(false);
    expect(isValidTrackingNumber("USPS", "9101026837331000039522")).toBe(false);
    expect(isValidTrackingNumber("FedEx", "152152152159")).toBe(false);
  });

  it("rejects a transposition of two neighbouring characters", () => {
    expect(isValidTrackingNumber("UPS", "1Z999AA10123456874")).toBe(false);
    expect(isValidTrackingNumber("USPS", "9101026837331000035921")).toBe(false);
  });

  it("ignores spaces and letter case", () => {
    expect(isValidTrackingNumber("UPS", "1z 999 aa1 0123 4567 84")).toBe(true);
  });

  it("rejects another carrier's format", () => {
    expect(isValidTrackingNumber("FedEx", "1Z999AA10123456784")).toBe(false);
    expect(isValidTrackingNumber("UPS", "152152152158")).toBe(false);
  });
});

describe("appendTrackingCheckDigit", () => {
  it("reproduces the published check digits", () => {
    expect(appendTrackingCheckDigit("UPS", "1Z999AA1012345678")).toBe("1Z999AA10123456784");
    expect(appendTrackingCheckDigit("USPS", "921239123456781234567")).toBe("9212391234567812345670");
    expect(appendTrackingCheckDigit("FedEx", "15215215215")).toBe("152152152158");
  });
});

describe("detectCarrier", () => {
  it("names the carrier whose check digit fits", () => {
    expect(detectCarrier("1Z999AA10123456784")).toBe("UPS");
    expect(detectCarrier("9101026837331000039521")).toBe("USPS");
    expect(detectCarrier("152152152158")).toBe("FedEx");
    expect(detectCarrier("152152152159")).toBeUndefined();
  });
});

describe("trackingUrl", () => {
  it("builds the carrier's public tracking link", () => {
    expect(trackingUrl("FedEx", "152152152158")).toBe("https://www.fedex.com/fedextrack/?trknbr=152152152158");
  });
});
