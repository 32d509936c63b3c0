// Users (administrators only): list them, create one or change its role, scope and password.
import type { Actor } from "@tinhgon/domain";
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
  const { password, userId: _ignored, ...user } = { ...input, userId: undefined };
  return context.repositories.upsertUser(
    { ...user, passwordHash: await hashPassword(password) },
    auditMeta(context),
  );
}
