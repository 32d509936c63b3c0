// The operations of the selected phase, each described in words, with its buttons: move, edit and
// remove for a plan the user may change, "Góp ý" for those who discuss the plan (owner, reviewers).
import type { LocalizedText, Operation } from "@tinhgon/domain";
import { Button, Empty, Flex, List, Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";

export interface OperationListActions {
  /** Absent when the plan may not be changed here. */
  edit?: {
    move: (from: number, to: number) => void;
    open: (index: number) => void;
    remove: (index: number) => void;
  };
  /** Absent for users who may not comment (viewers, other units). */
  comment?: (index: number) => void;
}

export function OperationList({
  operations,
  descriptions,
  actions,
}: {
  operations: readonly Operation[];
  descriptions: readonly LocalizedText[];
  actions: OperationListActions;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === "en" ? "en" : "vi";
  const { edit, comment } = actions;
  if (operations.length === 0)
    return <Empty description={edit ? t("plans.noOperations") : t("plans.noOperationsReadOnly")} />;
  return (
    <List<Operation>
      dataSource={[...operations]}
      data-testid="operation-list"
      renderItem={(operation, index) => (
        <List.Item data-testid="operation-item">
          <Flex vertical gap={8} style={{ width: "100%" }}>
            <Flex gap={8} align="baseline">
              <Tag>{t(`plans.op.${operation.op}`)}</Tag>
              <Typography.Text data-testid="operation-description">
                {descriptions[index]?.[language] ?? operation.op}
              </Typography.Text>
            </Flex>
            {edit || comment ? (
              <Space size={4} wrap style={{ justifyContent: "flex-end", width: "100%" }}>
                {edit ? (
                  <>
                    <Button
                      size="small"
                      disabled={index === 0}
                      aria-label={`${t("plans.moveUp")} ${String(index + 1)}`}
                      onClick={() => {
                        edit.move(index, index - 1);
                      }}
                    >
                      ↑
                    </Button>
                    <Button
                      size="small"
                      disabled={index === operations.length - 1}
                      aria-label={`${t("plans.moveDown")} ${String(index + 1)}`}
                      onClick={() => {
                        edit.move(index, index + 1);
                      }}
                    >
                      ↓
                    </Button>
                    <Button
                      size="small"
                      onClick={() => {
                        edit.open(index);
                      }}
                    >
                      {t("plans.editOperation")}
                    </Button>
                    <Button
                      size="small"
                      danger
                      data-testid="remove-operation"
                      onClick={() => {
                        edit.remove(index);
                      }}
                    >
                      {t("plans.removeOperation")}
                    </Button>
                  </>
                ) : null}
                {comment ? (
                  <Button
                    size="small"
                    aria-label={t("review.comments.onOperationLabel", { number: index + 1 })}
                    data-testid="comment-on-operation"
                    onClick={() => {
                      comment(index);
                    }}
                  >
                    {t("review.comments.onOperation")}
                  </Button>
                ) : null}
              </Space>
            ) : null}
          </Flex>
        </List.Item>
      )}
    />
  );
}
