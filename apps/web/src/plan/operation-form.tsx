// One form per kind of plan operation. The form's field names mirror the operation's own fields, so
// the domain's schema (operationSchema) checks the whole operation and its problems land on the right
// field; then the domain applies it to the plan, and a refusal (a unit that does not exist any more, a
// split whose parts do not add up…) is shown in the form, in the UI language, before anything is sent.
import {
  districtFunctionNames,
  districtFunctionSchema,
  listOrganisationUnits,
  type Operation,
  operationSchema,
  type Plan,
  type PlanEditError,
  type Snapshot,
  structureBeforeOperation,
  suggestUnitId,
} from "@tinhgon/domain";
import {
  Alert,
  Button,
  Form,
  Input,
  InputNumber,
  type InputNumberProps,
  Modal,
  Select,
  Space,
  Typography,
} from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";

import { fieldProblems } from "../lib/zod-form.ts";

export type OperationKind = Operation["op"];
export const operationKinds: readonly OperationKind[] = [
  "merge",
  "split",
  "rename",
  "set",
  "transfer",
  "dissolve",
  "create",
  "move",
];

type Values = Record<string, unknown>;

interface UnitOption {
  value: string;
  label: string;
}

/** The units an operation can name, grouped by their district or agency, from the structure it applies to. */
function unitOptions(structure: Snapshot): { label: string; options: UnitOption[] }[] {
  const units = listOrganisationUnits(structure);
  const groups = new Map<string, UnitOption[]>();
  const parentName = new Map<string, string>();
  for (const district of structure.districts) parentName.set(district.id, district.name);
  for (const unit of units) parentName.set(unit.id, unit.name);
  for (const unit of units) {
    const group = unit.parentId ?? "";
    const list = groups.get(group) ?? [];
    list.push({ value: unit.id, label: unit.name });
    groups.set(group, list);
  }
  return [...groups.entries()].map(([parent, options]) => ({
    label: parent === "" ? "—" : (parentName.get(parent) ?? parent),
    options,
  }));
}

/** Where a unit can be created or moved to: districts (for divisions), agencies and chi cục. */
function parentOptions(structure: Snapshot): UnitOption[] {
  return [
    ...structure.districts.map((district) => ({ value: district.id, label: district.name })),
    ...listOrganisationUnits(structure)
      .filter((unit) => unit.kind === "agency" || unit.unitType === "sub_department")
      .map((unit) => ({ value: unit.id, label: unit.name })),
  ];
}

const functionOptions = districtFunctionSchema.options.map((code) => ({
  value: code,
  label: districtFunctionNames[code],
}));

/** The form's values for an existing operation (edit) or a fresh one (add). */
function initialValues(operation: Operation | undefined, kind: OperationKind): Values {
  if (!operation) {
    if (kind === "split") {
      return {
        into: [
          { name: "", payroll: 0, deputies: 0, functions: [] },
          { name: "", payroll: 0, deputies: 0, functions: [] },
        ],
      };
    }
    if (kind === "transfer") return { payroll: 0, functions: [] };
    return {};
  }
  if (operation.op === "create") {
    const parent = operation.district ?? operation.parentId ?? undefined;
    return { parent, unit: operation.unit };
  }
  return { ...operation };
}

/** Builds the operation from the form's values; ids of new units are made from their names. */
function buildOperation(
  kind: OperationKind,
  values: Values,
  plan: Plan,
  structure: Snapshot,
  existing: Operation | undefined,
): unknown {
  const parentOf = (id: unknown) =>
    listOrganisationUnits(structure).find((unit) => unit.id === id)?.parentId ?? structure.province.code;
  switch (kind) {
    case "merge": {
      const ids = Array.isArray(values.ids) ? (values.ids as string[]) : [];
      const into = (values.into ?? {}) as Values;
      const name = typeof into.name === "string" ? into.name : "";
      const id =
        existing?.op === "merge" && existing.into.name === name
          ? existing.into.id
          : suggestUnitId(plan, parentOf(ids[0]), name);
      return {
        op: "merge",
        ids,
        into: {
          id,
          name,
          ...(typeof into.payroll === "number" ? { payroll: into.payroll } : {}),
          ...(typeof into.deputies === "number" ? { deputies: into.deputies } : {}),
        },
      };
    }
    case "split": {
      const parts = Array.isArray(values.into) ? (values.into as Values[]) : [];
      const taken: string[] = [];
      return {
        op: "split",
        id: values.id,
        into: parts.map((part, index) => {
          const name = typeof part.name === "string" ? part.name : "";
          const previous = existing?.op === "split" ? existing.into[index] : undefined;
          const id =
            previous?.name === name ? previous.id : suggestUnitId(plan, parentOf(values.id), name, taken);
          taken.push(id);
          return {
            id,
            name,
            functions: part.functions ?? [],
            payroll: part.payroll,
            deputies: part.deputies,
          };
        }),
      };
    }
    case "create": {
      const parent = typeof values.parent === "string" ? values.parent : "";
      const unit = (values.unit ?? {}) as Values;
      const name = typeof unit.name === "string" ? unit.name : "";
      const id =
        existing?.op === "create" && existing.unit.name === name && typeof existing.unit.id === "string"
          ? existing.unit.id
          : suggestUnitId(plan, parent || structure.province.code, name);
      const inDistrict = structure.districts.some((district) => district.id === parent);
      const isSubDepartment = listOrganisationUnits(structure).some(
        (candidate) => candidate.id === parent && candidate.unitType === "sub_department",
      );
      const common = { id, name, payroll: unit.payroll ?? 0, deputies: unit.deputies ?? 0 };
      if (inDistrict) {
        return {
          op: "create",
          parentId: null,
          district: parent,
          unit: { ...common, functions: unit.functions ?? [] },
        };
      }
      return {
        op: "create",
        parentId: parent || null,
        district: null,
        unit: { ...common, type: isSubDepartment ? "division" : (unit.type ?? "division") },
      };
    }
    case "transfer":
      return {
        op: "transfer",
        from: values.from,
        to: values.to,
        payroll: values.payroll ?? 0,
        functions: values.functions ?? [],
      };
    case "set":
      return {
        op: "set",
        id: values.id,
        ...(typeof values.payroll === "number" ? { payroll: values.payroll } : {}),
        ...(typeof values.deputies === "number" ? { deputies: values.deputies } : {}),
      };
    case "rename":
      return { op: "rename", id: values.id, name: values.name };
    case "dissolve":
      return { op: "dissolve", id: values.id, transferTo: values.transferTo };
    case "move":
      return { op: "move", id: values.id, parentId: values.parentId };
  }
}

/** The top-level fields of each kind's form, the first one taking problems about the whole operation. */
const formFields: Record<OperationKind, readonly string[]> = {
  merge: ["ids", "into"],
  split: ["id", "into"],
  rename: ["id", "name"],
  set: ["id", "payroll", "deputies"],
  transfer: ["from", "to", "payroll", "functions"],
  dissolve: ["id", "transferTo"],
  move: ["id", "parentId"],
  create: ["parent", "unit"],
};

/**
 * The form field a problem of the operation belongs to: its own path when the form has it; a generated
 * id's problem goes on the name it is made from; anything else (the operation as a whole) on the field
 * that says the most about it.
 */
export function formFieldOf(kind: OperationKind, path: readonly (string | number)[]): (string | number)[] {
  const fields = formFields[kind];
  if (path.at(-1) === "id" && path.length > 1) return [...path.slice(0, -1), "name"];
  if (typeof path[0] === "string" && fields.includes(path[0])) return [...path];
  // A "set" without a number: the payroll field is where to add one.
  return kind === "set" ? ["payroll"] : [fields[0] ?? "id"];
}

/** A count field; Form.Item passes it value and onChange. */
function CountInput({ testId, ...props }: InputNumberProps<number> & { testId?: string }) {
  // No min/precision here: the domain's schema judges the number and says what is wrong with it.
  return <InputNumber<number> {...props} style={{ width: 140 }} data-testid={testId} />;
}

function Fields({ kind, structure }: { kind: OperationKind; structure: Snapshot }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<Values>();
  const units = useMemo(() => unitOptions(structure), [structure]);
  const parents = useMemo(() => parentOptions(structure), [structure]);
  const unitSelect = (testId: string, multiple = false) => (
    <Select
      showSearch={{ optionFilterProp: "label" }}
      options={units}
      mode={multiple ? "multiple" : undefined}
      data-testid={testId}
      aria-label={t("plans.field.unit")}
    />
  );
  const splitUnit = Form.useWatch<string | undefined>("id", form);
  const splitParts = Form.useWatch<Values[] | undefined>("into", form);

  switch (kind) {
    case "merge":
      return (
        <>
          <Form.Item name="ids" label={t("plans.field.ids")} required>
            {unitSelect("merge-ids", true)}
          </Form.Item>
          <Form.Item name={["into", "name"]} label={t("plans.field.intoName")} required>
            <Input data-testid="merge-name" />
          </Form.Item>
          <Space wrap>
            <Form.Item name={["into", "payroll"]} label={t("plans.field.intoPayroll")}>
              <CountInput />
            </Form.Item>
            <Form.Item name={["into", "deputies"]} label={t("plans.field.intoDeputies")}>
              <CountInput testId="merge-deputies" />
            </Form.Item>
          </Space>
        </>
      );
    case "split": {
      const source = listOrganisationUnits(structure).find((unit) => unit.id === splitUnit);
      const isDivision = source?.kind === "division";
      const sum = (key: "payroll" | "deputies") =>
        (splitParts ?? []).reduce(
          (total, part) => total + (typeof part[key] === "number" ? part[key] : 0),
          0,
        );
      return (
        <>
          <Form.Item name="id" label={t("plans.field.unit")} required>
            {unitSelect("split-id")}
          </Form.Item>
          <Typography.Text strong>{t("plans.field.parts")}</Typography.Text>
          <Form.List name="into">
            {(parts, { add, remove }) => (
              <>
                {parts.map((part) => (
                  <Space key={part.key} align="start" wrap style={{ display: "flex" }}>
                    <Form.Item name={[part.name, "name"]} label={t("plans.field.partName")} required>
                      <Input style={{ width: 260 }} />
                    </Form.Item>
                    <Form.Item name={[part.name, "payroll"]} label={t("plans.field.payroll")}>
                      <CountInput />
                    </Form.Item>
                    <Form.Item name={[part.name, "deputies"]} label={t("plans.field.deputies")}>
                      <CountInput />
                    </Form.Item>
                    {isDivision ? (
                      <Form.Item name={[part.name, "functions"]} label={t("plans.field.functions")}>
                        <Select mode="multiple" options={functionOptions} style={{ minWidth: 220 }} />
                      </Form.Item>
                    ) : null}
                    {parts.length > 2 ? (
                      <Button
                        style={{ marginTop: 30 }}
                        onClick={() => {
                          remove(part.name);
                        }}
                      >
                        {t("plans.removeOperation")}
                      </Button>
                    ) : null}
                  </Space>
                ))}
                <Button
                  onClick={() => {
                    add({ name: "", payroll: 0, deputies: 0, functions: [] });
                  }}
                >
                  {t("plans.field.addPart")}
                </Button>
              </>
            )}
          </Form.List>
          {source ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: 12 }} data-testid="split-totals">
              {t("plans.field.splitTotals", {
                payroll: sum("payroll"),
                before: source.payroll,
                deputies: sum("deputies"),
                deputiesBefore: source.deputies,
              })}
            </Typography.Paragraph>
          ) : null}
        </>
      );
    }
    case "rename":
      return (
        <>
          <Form.Item name="id" label={t("plans.field.unit")} required>
            {unitSelect("rename-id")}
          </Form.Item>
          <Form.Item name="name" label={t("plans.field.newName")} required>
            <Input />
          </Form.Item>
        </>
      );
    case "set":
      return (
        <>
          <Form.Item name="id" label={t("plans.field.unit")} required>
            {unitSelect("set-id")}
          </Form.Item>
          <Space wrap>
            <Form.Item name="payroll" label={t("plans.field.payroll")}>
              <CountInput testId="set-payroll" />
            </Form.Item>
            <Form.Item name="deputies" label={t("plans.field.deputies")}>
              <CountInput testId="set-deputies" />
            </Form.Item>
          </Space>
        </>
      );
    case "transfer":
      return (
        <>
          <Form.Item name="from" label={t("plans.field.from")} required>
            {unitSelect("transfer-from")}
          </Form.Item>
          <Form.Item name="to" label={t("plans.field.to")} required>
            {unitSelect("transfer-to")}
          </Form.Item>
          <Form.Item name="payroll" label={t("plans.field.payroll")}>
            <CountInput />
          </Form.Item>
          <Form.Item name="functions" label={t("plans.field.functions")}>
            <Select mode="multiple" options={functionOptions} />
          </Form.Item>
        </>
      );
    case "dissolve":
      return (
        <>
          <Form.Item name="id" label={t("plans.field.unit")} required>
            {unitSelect("dissolve-id")}
          </Form.Item>
          <Form.Item name="transferTo" label={t("plans.field.transferTo")} required>
            {unitSelect("dissolve-to")}
          </Form.Item>
        </>
      );
    case "move":
      return (
        <>
          <Form.Item name="id" label={t("plans.field.unit")} required>
            {unitSelect("move-id")}
          </Form.Item>
          <Form.Item name="parentId" label={t("plans.field.parent")} required>
            <Select showSearch={{ optionFilterProp: "label" }} options={parents} />
          </Form.Item>
        </>
      );
    case "create":
      return (
        <>
          <Form.Item name="parent" label={t("plans.field.parent")} required>
            <Select
              showSearch={{ optionFilterProp: "label" }}
              options={parents}
              data-testid="create-parent"
            />
          </Form.Item>
          <Form.Item name={["unit", "name"]} label={t("plans.field.partName")} required>
            <Input />
          </Form.Item>
          <Space wrap>
            <Form.Item name={["unit", "payroll"]} label={t("plans.field.payroll")}>
              <CountInput />
            </Form.Item>
            <Form.Item name={["unit", "deputies"]} label={t("plans.field.deputies")}>
              <CountInput />
            </Form.Item>
          </Space>
          <Form.Item name={["unit", "functions"]} label={t("plans.field.functions")}>
            <Select mode="multiple" options={functionOptions} />
          </Form.Item>
          <Form.Item name={["unit", "type"]} label={t("plans.field.unitType")}>
            <Select
              options={(["division", "office", "inspectorate", "sub_department"] as const).map((type) => ({
                value: type,
                label: t(`plans.unitType.${type}`),
              }))}
            />
          </Form.Item>
        </>
      );
  }
}

export function OperationFormModal({
  plan,
  phaseIndex,
  operationIndex,
  kind,
  onSubmit,
  onClose,
}: {
  plan: Plan;
  phaseIndex: number;
  /** The operation being edited; a new one is added at the end of the phase when undefined. */
  operationIndex: number | undefined;
  kind: OperationKind;
  /** Applies the operation; returns the refusal, or undefined when it was applied. */
  onSubmit: (operation: Operation) => PlanEditError | undefined;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [refusal, setRefusal] = useState<PlanEditError | null>(null);
  const existing =
    operationIndex === undefined ? undefined : plan.phases[phaseIndex]?.operations[operationIndex];
  const structure = useMemo(
    () => structureBeforeOperation(plan, phaseIndex, operationIndex),
    [plan, phaseIndex, operationIndex],
  );

  const submit = () => {
    if (!structure) return;
    setRefusal(null);
    const values = form.getFieldsValue(true) as Values;
    const candidate = buildOperation(kind, values, plan, structure, existing);
    const problems = fieldProblems(operationSchema, candidate);
    if (problems.length > 0) {
      form.setFields(
        problems.map((problem) => ({ name: formFieldOf(kind, problem.name), errors: problem.errors })),
      );
      return;
    }
    const refused = onSubmit(operationSchema.parse(candidate));
    if (refused) setRefusal(refused);
    else onClose();
  };

  return (
    <Modal
      open
      width={760}
      title={t("plans.operationForm", { kind: t(`plans.op.${kind}`) })}
      okText={t("plans.save")}
      cancelText={t("plans.cancel")}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ "data-testid": "operation-submit" }}
    >
      {structure ? (
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={initialValues(existing, kind)}
          data-testid="operation-form"
        >
          <Fields kind={kind} structure={structure} />
          {refusal ? (
            <Alert
              type="error"
              showIcon
              data-testid="operation-refusal"
              title={t("plans.operationRefused")}
              description={i18n.language === "en" ? refusal.message.en : refusal.message.vi}
            />
          ) : null}
        </Form>
      ) : (
        <Alert type="error" showIcon title={t("errors.PLAN_OPERATION_INVALID")} />
      )}
    </Modal>
  );
}
