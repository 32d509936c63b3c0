import { describe, expect, it } from "vitest";

import catHai from "../../../../examples/cat-hai-2021.snapshot.json" with { type: "json" };
import { parseSnapshot } from "./parse-snapshot.ts";
import { idsOfSnapshot, newEntityId, slugOf, suggestNodeId } from "./new-id.ts";
import { entityIdSchema } from "./snapshot.schema.ts";

const parsed = parseSnapshot(catHai);
if (!parsed.ok) throw new Error("the example does not parse");
const snapshot = parsed.value;

describe("ids for what a user creates", () => {
  it("derives a valid id from the parent and the name without diacritics", () => {
    const id = suggestNodeId(snapshot, "cat-hai", "Phòng Đô thị & Xây dựng");
    expect(id).toBe("cat-hai-phong-do-thi-xay-dung");
    expect(entityIdSchema.safeParse(id).success).toBe(true);
    expect(slugOf("Đặc khu Cát Hải")).toBe("dac-khu-cat-hai");
  });

  it("numbers an id already taken anywhere in the snapshot, and never returns an empty name part", () => {
    expect(idsOfSnapshot(snapshot).has("cat-hai-kinh-te")).toBe(true);
    expect(newEntityId("cat-hai", "Kinh tế", idsOfSnapshot(snapshot), "moi")).toBe("cat-hai-kinh-te-2");
    expect(newEntityId("cat-hai", "Kinh tế", new Set(["cat-hai-kinh-te", "cat-hai-kinh-te-2"]), "moi")).toBe(
      "cat-hai-kinh-te-3",
    );
    expect(suggestNodeId(snapshot, "so-noi-vu", "!!!")).toBe("so-noi-vu-moi");
  });

  it("stays within the 120 characters of an id", () => {
    const id = newEntityId("cat-hai", "Phòng ".repeat(60), new Set(), "moi");
    expect(id.length).toBeLessThanOrEqual(110);
    expect(entityIdSchema.safeParse(id).success).toBe(true);
  });
});
