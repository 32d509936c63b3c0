// "Nhập từ Excel": the three templates to download, a workbook to pick (checked here for its extension
// and size before anything is sent), then "Kiểm tra" (the server reads it and saves nothing) or "Nhập"
// (the province's reviewers: saved as a new data set only when every row is valid). Row problems are
// listed all at once with their sheet, row and column, with the marked copy of the file to download.
import { DownloadOutlined, UploadOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { textSchema } from "@tinhgon/domain";
import {
  Alert,
  Button,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Radio,
  Space,
  Steps,
  Table,
  Typography,
  Upload,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { mayManageSnapshots } from "../auth/abilities.ts";
import { useSession } from "../auth/session.tsx";
import { formatNumber } from "../i18n/index.ts";
import { downloadFile, fileStem, readFileAsBase64, workbookFileProblem } from "../lib/download.ts";
import { hrefWith, navigate } from "../lib/router.tsx";
import { type RouterOutputs, useTRPC } from "../lib/trpc.ts";
import { templateKinds, useDocumentFiles } from "../lib/use-documents.ts";
import { zodRule } from "../lib/zod-form.ts";
import { useDownload } from "./download-button.tsx";
import { ApiError } from "./query-state.tsx";

type CheckAnswer = RouterOutputs["documents"]["checkXlsx"];
type ImportAnswer = RouterOutputs["documents"]["importXlsx"];
type Problems = Extract<CheckAnswer, { ok: false }>;
type CellProblem = Problems["problems"][number];
type Counts = Extract<CheckAnswer, { ok: true }>["counts"];

/** What the workbook completes: nothing (a whole data set) or the data set in view (positions, staff). */
type Mode = "structure" | "complete";

type Stage = "idle" | "reading" | "checking" | "importing";

type Outcome =
  | { type: "checked"; answer: Extract<CheckAnswer, { ok: true }> }
  | { type: "imported"; answer: Extract<ImportAnswer, { ok: true }>; name: string }
  | { type: "problems"; answer: Problems }
  | { type: "error"; error: unknown };

interface PickedFile {
  name: string;
  size: number;
  base64: string;
}

const nameSchema = textSchema(200);

function sizeLabel(bytes: number, language: string): string {
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), language)} KB`;
  return `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10, language)} MB`;
}

function CountsList({ counts, kinds }: { counts: Counts; kinds: readonly string[] }) {
  const { t, i18n } = useTranslation();
  // The commune level (snapshot/2) is listed when the file has it.
  const keys = [
    "agencies",
    "units",
    "districts",
    "divisions",
    ...(counts.communes > 0 ? (["communes", "communeOrganisations"] as const) : []),
    "positions",
    "staff",
  ] as const;
  return (
    <Flex vertical gap={8}>
      <Typography.Text>
        {t("documents.import.kinds", {
          kinds: kinds.map((kind) => t(`documents.import.kind.${kind}`, { defaultValue: kind })).join(", "),
        })}
      </Typography.Text>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 2 }}
        data-testid="xlsx-import-counts"
        items={keys.map((key) => ({
          key,
          label: t(`documents.import.counts.${key}`),
          children: <span data-testid={`xlsx-count-${key}`}>{formatNumber(counts[key], i18n.language)}</span>,
        }))}
      />
    </Flex>
  );
}

function ProblemTable({ answer }: { answer: Problems }) {
  const { t, i18n } = useTranslation();
  const rows = answer.problems.map((problem, index) => ({ ...problem, key: index }));
  return (
    <Flex vertical gap={8} data-testid="xlsx-problems">
      <Alert
        type="error"
        showIcon
        title={t("documents.import.problemsTitle", { count: answer.problems.length })}
        action={
          <Button
            size="small"
            icon={<DownloadOutlined />}
            data-testid="xlsx-download-marked"
            onClick={() => {
              downloadFile(answer.marked);
            }}
          >
            {t("documents.import.downloadMarked")}
          </Button>
        }
      />
      <Table<CellProblem & { key: number }>
        size="small"
        data-testid="xlsx-problem-table"
        aria-label={t("documents.import.problemsTable")}
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: true }}
        columns={[
          { title: t("documents.import.problems.sheet"), dataIndex: "sheet" },
          {
            title: t("documents.import.problems.row"),
            dataIndex: "row",
            align: "right",
            render: (row: number) => formatNumber(row, i18n.language),
          },
          { title: t("documents.import.problems.column"), dataIndex: "column" },
          { title: t("documents.import.problems.field"), dataIndex: "field" },
          {
            title: t("documents.import.problems.message"),
            dataIndex: "message",
            render: (message: CellProblem["message"]) => (i18n.language === "en" ? message.en : message.vi),
          },
        ]}
      />
    </Flex>
  );
}

type StepStatus = "wait" | "process" | "finish" | "error";

/** The three steps' states: Đọc tệp → Kiểm tra → Lưu. */
function stepStatuses(
  stage: Stage,
  file: PickedFile | null,
  fileError: boolean,
  outcome: Outcome | null,
): [StepStatus, StepStatus, StepStatus] {
  if (stage === "reading") return ["process", "wait", "wait"];
  if (fileError) return ["error", "wait", "wait"];
  if (!file) return ["wait", "wait", "wait"];
  if (stage === "checking" || stage === "importing") return ["finish", "process", "wait"];
  switch (outcome?.type) {
    case undefined:
      return ["finish", "wait", "wait"];
    case "checked":
      return ["finish", "finish", "wait"];
    case "imported":
      return ["finish", "finish", "finish"];
    case "problems":
    case "error":
      return ["finish", "error", "wait"];
  }
}

export function XlsxImportDialog({
  provinceCode,
  snapshotId,
  snapshotName,
  onClose,
}: {
  provinceCode: string;
  /** The data set in view: a positions or staff workbook completes it. */
  snapshotId: string;
  snapshotName: string;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { actor } = useSession();
  const files = useDocumentFiles();
  const templates = useDownload();
  const [form] = Form.useForm<{ name: string }>();
  const check = useMutation(trpc.documents.checkXlsx.mutationOptions());
  const importWorkbook = useMutation(trpc.documents.importXlsx.mutationOptions());
  const [mode, setMode] = useState<Mode>("structure");
  const [file, setFile] = useState<PickedFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [stage, setStage] = useState<Stage>("idle");
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const mayImport = mayManageSnapshots(actor, provinceCode);
  const busy = stage !== "idle";

  const pick = async (picked: File) => {
    setOutcome(null);
    setFile(null);
    const problem = workbookFileProblem(picked);
    if (problem) {
      setFileError(
        t(`documents.import.fileProblem.${problem}`, {
          name: picked.name,
          size: sizeLabel(picked.size, i18n.language),
        }),
      );
      return;
    }
    setFileError(null);
    setStage("reading");
    try {
      setFile({ name: picked.name, size: picked.size, base64: await readFileAsBase64(picked) });
      // Named after the file until the user names it (only reviewers, who may import, have the field).
      if (mayImport && !form.isFieldTouched("name")) form.setFieldValue("name", fileStem(picked.name));
    } catch {
      setFileError(t("documents.import.fileProblem.unreadable", { name: picked.name }));
    } finally {
      setStage("idle");
    }
  };

  const upload = (chosen: PickedFile) => ({
    fileName: chosen.name,
    content: chosen.base64,
    ...(mode === "complete" ? { snapshotId } : {}),
  });

  const runCheck = async () => {
    if (!file) return;
    setOutcome(null);
    setStage("checking");
    try {
      const answer = await check.mutateAsync(upload(file));
      setOutcome(answer.ok ? { type: "checked", answer } : { type: "problems", answer });
    } catch (error) {
      setOutcome({ type: "error", error });
    } finally {
      setStage("idle");
    }
  };

  const runImport = async () => {
    if (!file) return;
    let name: string;
    try {
      ({ name } = await form.validateFields());
    } catch {
      return; // The form shows what is wrong with the name.
    }
    setOutcome(null);
    setStage("importing");
    try {
      const answer = await importWorkbook.mutateAsync({ ...upload(file), name, provinceCode });
      if (answer.ok) {
        setOutcome({ type: "imported", answer, name });
        // The new data set may become the default one (the latest of those covering the most): the data
        // set in view is pinned in the URL first, so the page (and this dialog) stays until the user
        // chooses to open the new one.
        navigate(hrefWith(globalThis.location.pathname, { province: provinceCode, snapshot: snapshotId }), {
          replace: true,
        });
        await queryClient.invalidateQueries({ queryKey: trpc.org.snapshots.pathKey() });
      } else {
        setOutcome({ type: "problems", answer });
      }
    } catch (error) {
      setOutcome({ type: "error", error });
    } finally {
      setStage("idle");
    }
  };

  const statuses = stepStatuses(stage, file, fileError !== null, outcome);
  const progress =
    stage === "reading"
      ? t("documents.import.progress.reading")
      : stage === "checking"
        ? t("documents.import.progress.checking")
        : stage === "importing"
          ? t("documents.import.progress.importing")
          : null;

  return (
    <Modal
      open
      title={t("documents.import.title")}
      width={960}
      onCancel={onClose}
      mask={{ closable: !busy }}
      footer={
        <Space wrap>
          <Button onClick={onClose} data-testid="xlsx-import-close">
            {t("documents.import.close")}
          </Button>
          <Button
            disabled={!file || (busy && stage !== "checking")}
            loading={stage === "checking"}
            onClick={() => void runCheck()}
            data-testid="xlsx-check"
          >
            {t("documents.import.check")}
          </Button>
          {mayImport ? (
            <Button
              type="primary"
              disabled={!file || outcome?.type === "imported" || (busy && stage !== "importing")}
              loading={stage === "importing"}
              onClick={() => void runImport()}
              data-testid="xlsx-import"
            >
              {t("documents.import.import")}
            </Button>
          ) : null}
        </Space>
      }
    >
      <Flex vertical gap={16} data-testid="xlsx-import-body">
        <Typography.Paragraph style={{ margin: 0 }}>{t("documents.import.intro")}</Typography.Paragraph>
        <Flex gap={8} wrap align="center">
          <Typography.Text strong>{t("documents.import.templates")}</Typography.Text>
          {templateKinds.map((kind) => (
            <Button
              key={kind}
              size="small"
              icon={<DownloadOutlined />}
              loading={templates.busy === kind}
              data-testid={`xlsx-template-${kind}`}
              onClick={() => void templates.run(kind, () => files.template(kind))}
            >
              {t(`documents.import.template.${kind}`)}
            </Button>
          ))}
        </Flex>
        {mayImport ? null : <Alert type="info" showIcon title={t("documents.import.reviewersOnly")} />}
        <Flex vertical gap={4}>
          <Typography.Text strong id="xlsx-import-mode-label">
            {t("documents.import.content")}
          </Typography.Text>
          <Radio.Group
            aria-labelledby="xlsx-import-mode-label"
            value={mode}
            disabled={busy}
            onChange={(event) => {
              setMode(event.target.value as Mode);
              setOutcome(null);
            }}
            data-testid="xlsx-import-mode"
          >
            <Flex vertical gap={4}>
              <Radio value="structure">{t("documents.import.modeStructure")}</Radio>
              <Radio value="complete">{t("documents.import.modeComplete", { name: snapshotName })}</Radio>
            </Flex>
          </Radio.Group>
        </Flex>
        <Flex gap={12} align="center" wrap>
          <Upload
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            showUploadList={false}
            maxCount={1}
            disabled={busy}
            beforeUpload={(picked) => {
              void pick(picked);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} disabled={busy} data-testid="xlsx-pick">
              {t("documents.import.pick")}
            </Button>
          </Upload>
          {file ? (
            <Typography.Text data-testid="xlsx-picked">
              {t("documents.import.picked", { name: file.name, size: sizeLabel(file.size, i18n.language) })}
            </Typography.Text>
          ) : null}
        </Flex>
        {fileError ? (
          <Alert type="error" showIcon title={fileError} data-testid="xlsx-file-error" role="alert" />
        ) : null}
        {mayImport ? (
          <Form form={form} layout="vertical" requiredMark={false}>
            <Form.Item
              name="name"
              label={t("documents.import.name")}
              extra={t("documents.import.nameHint")}
              rules={[zodRule(nameSchema)]}
              style={{ marginBottom: 0 }}
            >
              <Input disabled={busy} maxLength={200} data-testid="xlsx-import-name" />
            </Form.Item>
          </Form>
        ) : null}
        <Steps
          size="small"
          data-testid="xlsx-import-steps"
          items={[
            { title: t("documents.import.steps.read"), status: statuses[0] },
            { title: t("documents.import.steps.check"), status: statuses[1] },
            { title: t("documents.import.steps.save"), status: statuses[2] },
          ]}
        />
        <div aria-live="polite" data-testid="xlsx-import-progress">
          {progress ? <Typography.Text type="secondary">{progress}</Typography.Text> : null}
        </div>
        <div data-testid="xlsx-import-outcome">
          {outcome?.type === "checked" ? (
            <Flex vertical gap={8}>
              <Alert
                type="success"
                showIcon
                title={mayImport ? t("documents.import.valid") : t("documents.import.validReadOnly")}
              />
              <CountsList counts={outcome.answer.counts} kinds={outcome.answer.kinds} />
            </Flex>
          ) : outcome?.type === "imported" ? (
            <Flex vertical gap={8}>
              <Alert
                type="success"
                showIcon
                data-testid="xlsx-imported"
                title={t("documents.import.imported", { name: outcome.name })}
                action={
                  <Button
                    type="primary"
                    size="small"
                    data-testid="xlsx-open-new"
                    onClick={() => {
                      navigate(
                        hrefWith(globalThis.location.pathname, {
                          province: outcome.answer.provinceCode,
                          snapshot: outcome.answer.id,
                          node: null,
                        }),
                      );
                      onClose();
                    }}
                  >
                    {t("documents.import.openNew")}
                  </Button>
                }
              />
              <CountsList counts={outcome.answer.counts} kinds={outcome.answer.kinds} />
            </Flex>
          ) : outcome?.type === "problems" ? (
            <ProblemTable answer={outcome.answer} />
          ) : outcome?.type === "error" ? (
            <Flex vertical gap={4}>
              <ApiError error={outcome.error} />
              <Typography.Text type="secondary">{t("documents.import.notSaved")}</Typography.Text>
            </Flex>
          ) : null}
        </div>
      </Flex>
    </Modal>
  );
}
