/** ["agencies", 2, "units", 0, "payroll"] → "agencies[2].units[0].payroll" (the path style of formats.md). */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else text += text === "" ? String(segment) : `.${String(segment)}`;
  }
  return text === "" ? "(gốc tài liệu / document root)" : text;
}
