import { describe, expect, it } from "vitest";
import { TermTable } from "../../src/stories/termTable.ts";

describe("TermTable", () => {
  it("counts every term as a Map would, through growth, including the term 0 and the largest hash", () => {
    const table = new TermTable(4);
    const expected = new Map<number, number>();
    const terms = [0, 0xffffffff, 0, 7];
    for (let i = 0; i < 5000; i++) terms.push(Math.imul(i % 1700, 2654435761) >>> 0);
    for (const term of terms) {
      table.add(term);
      expected.set(term, (expected.get(term) ?? 0) + 1);
    }
    for (const [term, count] of expected) expect(table.count(term), `${term}`).toBe(count);
    expect(table.count(123456789)).toBe(0);
    let inUse = 0;
    for (let slot = 0; slot < table.capacity; slot++) if (table.countAt(slot) > 0) inUse++;
    expect(inUse).toBe(expected.size);
  });
});
