// Editing the structure from the explorer: a unit's or division's name, payroll, deputies (and a
// division's functions); a new unit under a sở or a chi cục, a new division under a district; deleting
// with confirmation. Every form is validated field by field with the domain's zod schemas (the server's
// own), and the server's refusals (EDIT_INVALID with its problems, INVALID_PARENT …) are shown
// translated. After a change the tree, the detail, the limits and the findings are fetched again.
import { useMutation } from "@tanstack/react-query";
import {
  type OwnerScope,
  createDivisionInputSchema,
  createUnitInputSchema,
  type DistrictFunction,
  districtFunctionNames,
  divisionChangesSchema,
  divisionSchema,
  type InputProblem,
  type OrganisationNode,
  type Snapshot,
  subDivisionSchema,
  unitChangesSchema,
  suggestNodeId,
} from "@tinhgon/domain";
import { Alert, App as AntApp, Button, Form, Input, InputNumber, Modal, Select, Space } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { mayEditStructure } from "../auth/abilities.ts";
import { useSession } from "../auth/session.tsx";
import { errorDetailsOf } from "../lib/errors.ts";
import { useRefreshAfterSnapshotEdit } from "../lib/refresh.ts";
import { hrefWith, navigate } from "../lib/router.tsx";
import { useTRPC } from "../lib/trpc.ts";
import { parseFormValues, zodRule } from "../lib/zod-form.ts";
import { useErrorMessage } from "./query-state.tsx";

const unitTypes = ["division", "office", "inspectorate", "sub_department"] as const;
type UnitTypeChoice = (typeof unitTypes)[number];

interface NodeFormValues {
  name?: string;
  payroll?: number | null;
  deputies?: number | null;
  functions?: DistrictFunction[];
  type?: UnitTypeChoice;
}

/** The field-level problems an API refusal carries (data.problems of the error formatter), if any. */
function selectNode(id: string): void {
  navigate(hrefWith(globalThis.location.pathname, { node: id }));
}

type FormTarget =
  | { kind: "edit"; found: Extract<OrganisationNode, { type: "unit" | "division" }> }
  | { kind: "addUnit"; agencyId: string; parentUnitId: string | null; parentName: string }
  | { kind: "addDivision"; districtId: string; parentName: string };

/** A test id for props objects (antd's okButtonProps), where JSX's data-* shorthand is not available. */
function testId(id: string): Record<`data-${string}`, string> {
  return { "data-testid": id };
}

const numberInput = { style: { width: "100%" } } as const;

function NodeFormModal({
  snapshotId,
  expectedVersion,
  document,
  target,
  onClose,
}: {
  snapshotId: string;
  /** The data set's version the form was opened on: the server refuses the edit if it has changed since. */
  expectedVersion: number;
  document: Snapshot;
  target: FormTarget;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const { message } = AntApp.useApp();
  const refresh = useRefreshAfterSnapshotEdit("org");
  const [form] = Form.useForm<NodeFormValues>();
  const [problems, setProblems] = useState<InputProblem[]>([]);
  const language = i18n.language === "en" ? "en" : "vi";

  const messageOf = useErrorMessage();
  const onError = (error: unknown) => {
    setProblems(errorDetailsOf(error).problems);
    void message.error(t("organisation.edit.failed", { reason: messageOf(error) }));
  };
  const updateUnit = useMutation(trpc.org.updateUnit.mutationOptions({ onError }));
  const updateDivision = useMutation(trpc.org.updateDivision.mutationOptions({ onError }));
  const createUnit = useMutation(trpc.org.createUnit.mutationOptions({ onError }));
  const createDivision = useMutation(trpc.org.createDivision.mutationOptions({ onError }));
  const busy =
    updateUnit.isPending || updateDivision.isPending || createUnit.isPending || createDivision.isPending;

  const isDivisionForm =
    (target.kind === "edit" && target.found.type === "division") || target.kind === "addDivision";
  const chooseType = target.kind === "addUnit" && target.parentUnitId === null;
  // Per-field rules: the schemas of the change (edit) or of the new entity (create).
  const fieldSchemas =
    target.kind === "edit"
      ? target.found.type === "division"
        ? divisionChangesSchema.shape
        : unitChangesSchema.shape
      : target.kind === "addDivision"
        ? divisionSchema.shape
        : subDivisionSchema.shape;

  const initialValues: NodeFormValues =
    target.kind === "edit"
      ? {
          name: target.found.node.name,
          payroll: target.found.node.payroll,
          deputies: target.found.node.deputies,
          ...(target.found.type === "division" ? { functions: target.found.node.functions } : {}),
        }
      : { payroll: 5, deputies: 0, functions: [], type: "division" };

  // A new unit's fields are nested under "unit" / "division" in the create schemas: parseFormValues
  // reports them there, so the form uses the same names.
  const prefix = target.kind === "addUnit" ? ["unit"] : target.kind === "addDivision" ? ["division"] : [];
  const field = (name: string) => [...prefix, name];

  const saved = async (text: string, select?: string) => {
    await refresh();
    void message.success(text);
    if (select) selectNode(select);
    onClose();
  };

  const submit = async () => {
    setProblems([]);
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const raw: unknown = form.getFieldsValue();
    const values = ((prefix[0] === undefined ? raw : (raw as Record<string, unknown>)[prefix[0]]) ??
      {}) as NodeFormValues;
    const common = { name: values.name, payroll: values.payroll, deputies: values.deputies };
    switch (target.kind) {
      case "edit": {
        const { found } = target;
        if (found.type === "division") {
          const changes = parseFormValues(
            divisionChangesSchema,
            { ...common, functions: values.functions },
            form,
          );
          if (!changes) return;
          await updateDivision.mutateAsync({ snapshotId, expectedVersion, id: found.node.id, changes }).then(
            () => saved(t("organisation.edit.saved")),
            () => undefined,
          );
        } else {
          const changes = parseFormValues(unitChangesSchema, common, form);
          if (!changes) return;
          await updateUnit.mutateAsync({ snapshotId, expectedVersion, id: found.node.id, changes }).then(
            () => saved(t("organisation.edit.saved")),
            () => undefined,
          );
        }
        return;
      }
      case "addUnit": {
        const parentId = target.parentUnitId ?? target.agencyId;
        const id = suggestNodeId(document, parentId, values.name ?? "");
        const unit =
          (values.type ?? "division") === "sub_department"
            ? { id, type: "sub_department" as const, ...common, units: [] }
            : { id, type: values.type ?? "division", ...common };
        const input = parseFormValues(
          createUnitInputSchema,
          { agencyId: target.agencyId, parentUnitId: target.parentUnitId, unit },
          form,
        );
        if (!input) return;
        await createUnit.mutateAsync({ snapshotId, expectedVersion, ...input }).then(
          () => saved(t("organisation.edit.created", { name: input.unit.name }), id),
          () => undefined,
        );
        return;
      }
      case "addDivision": {
        const id = suggestNodeId(document, target.districtId, values.name ?? "");
        const input = parseFormValues(
          createDivisionInputSchema,
          { districtId: target.districtId, division: { id, ...common, functions: values.functions ?? [] } },
          form,
        );
        if (!input) return;
        await createDivision.mutateAsync({ snapshotId, expectedVersion, ...input }).then(
          () => saved(t("organisation.edit.created", { name: input.division.name }), id),
          () => undefined,
        );
        return;
      }
    }
  };

  const title =
    target.kind === "edit"
      ? t("organisation.edit.editTitle", { name: target.found.node.name })
      : target.kind === "addUnit"
        ? t("organisation.edit.addUnitTitle", { name: target.parentName })
        : t("organisation.edit.addDivisionTitle", { name: target.parentName });

  return (
    <Modal
      open
      title={title}
      okText={target.kind === "edit" ? t("organisation.edit.save") : t("organisation.edit.create")}
      cancelText={t("organisation.edit.cancel")}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={testId("node-form-submit")}
    >
      <Form<NodeFormValues>
        form={form}
        layout="vertical"
        initialValues={prefix.length > 0 ? { [prefix[0] ?? ""]: initialValues } : initialValues}
        data-testid="node-form"
        onFinish={() => void submit()}
      >
        {chooseType ? (
          <Form.Item name={field("type")} label={t("organisation.edit.unitType")}>
            <Select
              data-testid="node-form-type"
              options={unitTypes.map((type) => ({
                value: type,
                label: t(`organisation.edit.unitTypes.${type}`),
              }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name={field("name")}
          label={t("organisation.edit.name")}
          rules={[zodRule(fieldSchemas.name)]}
        >
          <Input data-testid="node-form-name" />
        </Form.Item>
        <Form.Item
          name={field("payroll")}
          label={t("organisation.edit.payroll")}
          rules={[zodRule(fieldSchemas.payroll)]}
          data-testid="node-form-payroll-item"
        >
          <InputNumber {...numberInput} data-testid="node-form-payroll" />
        </Form.Item>
        <Form.Item
          name={field("deputies")}
          label={t("organisation.edit.deputies")}
          rules={[zodRule(fieldSchemas.deputies)]}
          data-testid="node-form-deputies-item"
        >
          <InputNumber {...numberInput} data-testid="node-form-deputies" />
        </Form.Item>
        {isDivisionForm ? (
          <Form.Item
            name={field("functions")}
            label={t("organisation.edit.functions")}
            rules={[zodRule(divisionSchema.shape.functions)]}
          >
            <Select
              mode="multiple"
              data-testid="node-form-functions"
              options={Object.entries(districtFunctionNames).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
        ) : null}
      </Form>
      {problems.length > 0 ? (
        <Alert
          type="error"
          showIcon
          data-testid="node-form-problems"
          title={t("organisation.edit.problems")}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {problems.map((problem, index) => (
                <li key={index}>
                  <code>{problem.path}</code>: {problem.message[language]}
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
    </Modal>
  );
}

/** Whose the node is: the sở it belongs to, or the district. */
export function ownerScopeOfNode(provinceCode: string, found: OrganisationNode): OwnerScope {
  switch (found.type) {
    case "agency":
      return { provinceCode, agencyKey: found.node.id };
    case "unit":
      return { provinceCode, agencyKey: found.agency.id };
    case "district":
      return { provinceCode, districtKey: found.node.id };
    case "division":
      return { provinceCode, districtKey: found.district.id };
  }
}

/**
 * The edit, add and delete buttons for the node in the detail panel, and their forms — only for the
 * officers of the node's district or sở (the server refuses everyone else).
 */
export function ExplorerEditActions(props: {
  provinceCode: string;
  snapshotId: string;
  version: number;
  document: Snapshot;
  found: OrganisationNode;
}) {
  const { actor } = useSession();
  if (!mayEditStructure(actor, ownerScopeOfNode(props.provinceCode, props.found))) return null;
  return <EditActions {...props} />;
}

function EditActions({
  snapshotId,
  version,
  document,
  found,
}: {
  snapshotId: string;
  version: number;
  document: Snapshot;
  found: OrganisationNode;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message, modal } = AntApp.useApp();
  const refresh = useRefreshAfterSnapshotEdit("org");
  const [target, setTarget] = useState<FormTarget | null>(null);
  const messageOf = useErrorMessage();
  const onError = (error: unknown) => {
    void message.error(t("organisation.edit.failed", { reason: messageOf(error) }));
  };
  const deleteUnit = useMutation(trpc.org.deleteUnit.mutationOptions({ onError }));
  const deleteDivision = useMutation(trpc.org.deleteDivision.mutationOptions({ onError }));

  const confirmDelete = (found: Extract<OrganisationNode, { type: "unit" | "division" }>) => {
    const { name, id } = found.node;
    const parent = found.type === "division" ? found.district.id : (found.parentUnitId ?? found.agency.id);
    modal.confirm({
      title: t("organisation.edit.deleteConfirm", { name }),
      content: t("organisation.edit.deleteDetail"),
      okText: t("organisation.edit.delete"),
      okButtonProps: { danger: true, ...testId("node-delete-confirm") },
      cancelText: t("organisation.edit.cancel"),
      onOk: async () => {
        const mutation = found.type === "division" ? deleteDivision : deleteUnit;
        await mutation.mutateAsync({ snapshotId, expectedVersion: version, id }).then(
          async () => {
            // Away from the deleted node first, so that the refresh does not ask for it again.
            selectNode(parent);
            await refresh();
            void message.success(t("organisation.edit.deleted", { name }));
          },
          () => undefined,
        );
      },
    });
  };

  const buttons = [];
  if (found.type === "unit" || found.type === "division") {
    buttons.push(
      <Button
        key="edit"
        data-testid="node-edit"
        onClick={() => {
          setTarget({ kind: "edit", found });
        }}
      >
        {t("organisation.edit.edit")}
      </Button>,
    );
  }
  // What "add" creates here: a unit of a sở, a phòng of a chi cục, or a division of a district.
  const add: { target: FormTarget; label: string } | undefined =
    found.type === "agency"
      ? {
          target: {
            kind: "addUnit",
            agencyId: found.node.id,
            parentUnitId: null,
            parentName: found.node.name,
          },
          label: t("organisation.edit.addUnit"),
        }
      : found.type === "unit" && found.node.type === "sub_department"
        ? {
            target: {
              kind: "addUnit",
              agencyId: found.agency.id,
              parentUnitId: found.node.id,
              parentName: found.node.name,
            },
            label: t("organisation.edit.addSubDivision"),
          }
        : found.type === "district"
          ? {
              target: { kind: "addDivision", districtId: found.node.id, parentName: found.node.name },
              label: t("organisation.edit.addDivision"),
            }
          : undefined;
  if (add) {
    buttons.push(
      <Button
        key="add"
        data-testid="node-add"
        onClick={() => {
          setTarget(add.target);
        }}
      >
        {add.label}
      </Button>,
    );
  }
  if (found.type === "unit" || found.type === "division") {
    buttons.push(
      <Button
        key="delete"
        danger
        data-testid="node-delete"
        onClick={() => {
          confirmDelete(found);
        }}
      >
        {t("organisation.edit.delete")}
      </Button>,
    );
  }

  return (
    <>
      <Space wrap>{buttons}</Space>
      {target ? (
        <NodeFormModal
          key={target.kind === "edit" ? target.found.node.id : target.kind}
          snapshotId={snapshotId}
          expectedVersion={version}
          document={document}
          target={target}
          onClose={() => {
            setTarget(null);
          }}
        />
      ) : null}
    </>
  );
}
