// Users (administrators only): list them, create one or change its role, scope and password.
import type { Actor, InputProblem } from "@tinhgon/domain";
import { hashPassword } from "better-auth/crypto";

import { auditMeta, type Context } from "../context.ts";
import { AppError } from "../errors.ts";

export function listUsers(context: Context): Promise<Actor[]> {
  return context.repositories.listUsers();
}

export async function saveUser(
  context: Context,
  input: Omit<Actor, "userId"> & { password: string },
): Promise<{ id: string; created: boolean }> {
  const needs =
    input.role === "district_officer"
      ? input.districtKey
      : input.role === "agency_officer"
        ? input.agencyKey
        : input.role === "admin"
          ? "-"
          : input.provinceCode;
  if (!needs || (input.role !== "admin" && !input.provinceCode))
    throw new AppError("INPUT_INVALID", {
      vi: "Vai trò này cần phạm vi: tỉnh cho mọi vai trò (trừ quản trị), thêm huyện cho cán bộ huyện, sở cho cán bộ sở.",
      en: "This role needs a scope: a province for every role but admin, plus a district for district officers, an agency for agency officers.",
    });
  await assertScopeExists(context, input);
  const { password, userId: _ignored, ...user } = { ...input, userId: undefined };
  return context.repositories.upsertUser(
    { ...user, passwordHash: await hashPassword(password) },
    auditMeta(context),
  );
}

/**
 * The province, district and agency a user is given must exist in the province's data: a mistyped key
 * would leave the user with an account that sees nothing.
 */
async function assertScopeExists(
  context: Context,
  input: { provinceCode: string | null; districtKey: string | null; agencyKey: string | null },
): Promise<void> {
  if (input.provinceCode === null) return;
  const snapshots = await context.repositories.listSnapshots({ provinceCode: input.provinceCode });
  const problems: InputProblem[] = [];
  if (snapshots.length === 0)
    problems.push({
      path: "provinceCode",
      message: {
        vi: `chưa có dữ liệu nào của tỉnh mã "${input.provinceCode}"; nhập dữ liệu của tỉnh trước`,
        en: `no data set of province "${input.provinceCode}" yet; import its data first`,
      },
    });
  for (const [field, key, kind] of [
    ["districtKey", input.districtKey, "districtKey"],
    ["agencyKey", input.agencyKey, "agencyKey"],
  ] as const) {
    if (key === null || snapshots.length === 0) continue;
    let found = false;
    for (const snapshot of snapshots) {
      const scope = await context.repositories.scopeOfNode(snapshot.id, key);
      if (scope?.[kind] === key) {
        found = true;
        break;
      }
    }
    if (!found)
      problems.push({
        path: field,
        message: {
          vi: `không có ${field === "districtKey" ? "huyện" : "sở"} mã "${key}" trong dữ liệu của tỉnh; kiểm tra lại mã (ví dụ cat-hai, hp-so-noi-vu)`,
          en: `there is no ${field === "districtKey" ? "district" : "agency"} "${key}" in the province's data; check the key`,
        },
      });
  }
  if (problems.length > 0)
    throw new AppError(
      "INPUT_INVALID",
      {
        vi: "Phạm vi của người dùng không có trong dữ liệu: sửa các trường được nêu rồi lưu lại.",
        en: "The user's scope is not in the data: fix the fields listed and save again.",
      },
      { problems },
    );
}
