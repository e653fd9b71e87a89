import { entrySectors, isParticular, sectorMask, sectorNames, sectorsMeet } from "../../../src/engine/lexicon/sectors";
import { metricById } from "../../../src/engine/lexicon/metricIndex";

describe("sectorMask", () => {
  it("reads the line of business a text names, in English (with plurals and verb endings) and Chinese", () => {
    expect(sectorNames(sectorMask("Pupil attendance rate"))).toEqual(["education"]);
    expect(sectorNames(sectorMask("Fill more rooms at better rates"))).toEqual(["hospitality"]);
    expect(sectorNames(sectorMask("Keep neighbourhoods safe"))).toEqual(["public"]);
    expect(sectorNames(sectorMask("Make volunteering rewarding"))).toEqual(["nonprofit"]);
    expect(sectorNames(sectorMask("Cost per parcel delivered"))).toEqual(["transport"]);
    expect(sectorNames(sectorMask("住院患者满意度"))).toEqual(["health"]);
    expect(sectorNames(sectorMask("不良贷款率"))).toEqual(["finance"]);
    expect(sectorNames(sectorMask("Warehouse picking accuracy"))).toEqual(["goods"]);
  });

  it("names no sector for words any business uses", () => {
    for (const text of ["Customer satisfaction", "Cut operating cost", "Employee turnover", "Grow revenue", "提升客户满意度", "降本增效", "保障安全生产", "Gross margin"]) {
      expect({ text, sectors: sectorNames(sectorMask(text)) }).toEqual({ text, sectors: [] });
    }
  });

  it("is 0 for an empty or non-text value", () => {
    expect(sectorMask("")).toBe(0);
    expect(sectorMask(42 as unknown as string)).toBe(0);
  });
});

describe("entrySectors", () => {
  it("gives a metric only the sectors both languages' names say", () => {
    const revpar = metricById("revpar");
    const adoption = metricById("digital-adoption-rate");
    expect(revpar).toBeDefined();
    expect(adoption).toBeDefined();
    if (revpar === undefined || adoption === undefined) return;
    expect(sectorNames(entrySectors(revpar))).toEqual(["hospitality"]);
    // "系统使用率" among its Chinese names says software, no English name does: no sector.
    expect(sectorNames(entrySectors(adoption))).toEqual([]);
  });
});

describe("sectorsMeet", () => {
  it("holds when either side names no sector, or they share one or a kindred one", () => {
    expect(sectorsMeet(0, sectorMask("Keep our platform reliable"))).toBe(true);
    expect(sectorsMeet(sectorMask("Scrap rate"), 0)).toBe(true);
    expect(sectorsMeet(sectorMask("Nurse turnover rate"), sectorMask("Retain skilled clinical staff"))).toBe(true);
    // a hospital's strategy can hold a care home's measures; a retailer's a carrier's
    expect(sectorsMeet(sectorMask("Care home falls"), sectorMask("Put patient safety first"))).toBe(true);
    expect(sectorsMeet(sectorMask("Cost per parcel delivered"), sectorMask("Grow online grocery sales in our stores"))).toBe(true);
  });

  it("fails when both name sectors and none can meet", () => {
    expect(sectorsMeet(sectorMask("Pupil attendance rate"), sectorMask("Keep our platform reliable"))).toBe(false);
    expect(sectorsMeet(sectorMask("Scrap rate"), sectorMask("Fill more rooms at better rates"))).toBe(false);
    expect(sectorsMeet(sectorMask("Warehouse picking accuracy"), sectorMask("Pay claims quickly and fairly"))).toBe(false);
    expect(sectorsMeet(sectorMask("客房出租率"), sectorMask("防控金融风险"))).toBe(false);
  });
});

describe("isParticular", () => {
  it("tells a particular line of business from one any company may be in", () => {
    expect(isParticular(sectorMask("Bed occupancy rate"))).toBe(true);
    expect(isParticular(sectorMask("Guest satisfaction score"))).toBe(true);
    expect(isParticular(sectorMask("Scrap rate"))).toBe(false);
    expect(isParticular(sectorMask("Warehouse picking accuracy"))).toBe(false);
    expect(isParticular(0)).toBe(false);
  });
});
