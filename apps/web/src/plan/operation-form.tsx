// One form per kind of plan operation. The form's field names mirror the operation's own fields, so
// the domain's schema (operationSchema) checks the whole operation and its problems land on the right
// field; then the domain applies it to the plan, and a refusal (a unit that does not exist any more, a
// split whose parts do not add up…) is shown in the form, in the UI language, before anything is sent.
// The units, places and function codes offered come from plan/operation-targets.ts (commune level included).
import {
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
import {
  communeOrganisationOf,
  createOperationIn,
  createTargets,
  functionOptionsFor,
  isCommune,
  moveTargets,
  unitTargetGroups,
} from "./operation-targets.ts";

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
    const parent = operation.district ?? operation.commune ?? operation.parentId ?? undefined;
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
    listOrganisationUnits(structure).find((unit) => unit.id === id)?.parentId ??
    communeOrganisationOf(structure, id)?.communeId ??
    structure.province.code;
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
      return createOperationIn(structure, parent, {
        id,
        name,
        payroll: unit.payroll,
        deputies: unit.deputies,
        functions: unit.functions,
        type: unit.type,
      });
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
  const units = useMemo(() => unitTargetGroups(structure), [structure]);
  const createParents = useMemo(() => createTargets(structure), [structure]);
  const moveParents = useMemo(() => moveTargets(structure), [structure]);
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
  // The function codes follow the unit they go to: commune codes at the commune level.
  const transferFrom = Form.useWatch<string | undefined>("from", form);
  const createParent = Form.useWatch<string | undefined>("parent", form);
  const createdType = Form.useWatch<string | undefined>(["unit", "type"], form);

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
      const communeSource = communeOrganisationOf(structure, splitUnit)?.organisation;
      const source = listOrganisationUnits(structure).find((unit) => unit.id === splitUnit) ?? communeSource;
      // A district division's or a commune phòng's parts take functions (a service centre holds none).
      const isDivision =
        communeSource === undefined
          ? source !== undefined && "kind" in source && source.kind === "division"
          : communeSource.type === "division";
      const functionOptions = functionOptionsFor(structure, splitUnit);
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
                        <Select
                          mode="multiple"
                          showSearch={{ optionFilterProp: "label" }}
                          options={functionOptions}
                          style={{ minWidth: 220 }}
                        />
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
            <Select
              mode="multiple"
              // Typing a function's name finds it (the codes are not what people type).
              showSearch={{ optionFilterProp: "label" }}
              options={functionOptionsFor(structure, transferFrom)}
              data-testid="transfer-functions"
            />
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
            <Select showSearch={{ optionFilterProp: "label" }} options={moveParents} />
          </Form.Item>
        </>
      );
    case "create": {
      const inCommune = isCommune(structure, createParent);
      return (
        <>
          <Form.Item name="parent" label={t("plans.field.parent")} required>
            <Select
              showSearch={{ optionFilterProp: "label" }}
              options={createParents}
              data-testid="create-parent"
            />
          </Form.Item>
          <Form.Item name={["unit", "name"]} label={t("plans.field.partName")} required>
            <Input data-testid="create-name" />
          </Form.Item>
          <Space wrap>
            <Form.Item name={["unit", "payroll"]} label={t("plans.field.payroll")}>
              <CountInput testId="create-payroll" />
            </Form.Item>
            <Form.Item name={["unit", "deputies"]} label={t("plans.field.deputies")}>
              <CountInput testId="create-deputies" />
            </Form.Item>
          </Space>
          {inCommune && createdType === "service_centre" ? null : (
            <Form.Item name={["unit", "functions"]} label={t("plans.field.functions")}>
              <Select
                mode="multiple"
                showSearch={{ optionFilterProp: "label" }}
                options={functionOptionsFor(structure, createParent)}
                data-testid="create-functions"
              />
            </Form.Item>
          )}
          <Form.Item name={["unit", "type"]} label={t("plans.field.unitType")}>
            <Select
              data-testid="create-type"
              options={(inCommune
                ? (["division", "service_centre"] as const)
                : (["division", "office", "inspectorate", "sub_department"] as const)
              ).map((type) => ({
                value: type,
                label: t(`plans.unitType.${type}`),
              }))}
            />
          </Form.Item>
        </>
      );
    }
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
