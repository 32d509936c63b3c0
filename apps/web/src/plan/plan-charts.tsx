// The plan's charts, computed in the browser from the domain's chart-ready series for the selected
// phase: payroll and deputies before/after of the units that change, deputies against their limit,
// the steps of the plan, the deputy roadmap with its deadline, and findings by severity.
import {
  applyPlan,
  computePlanDeputyRoadmap,
  deputiesAgainstLimitChart,
  diffPlan,
  type Plan,
  type PlanEvaluation,
  severityChart,
  summarizePlan,
} from "@tinhgon/domain";
import { Alert, Col, Empty, Row } from "antd";
import { type ReactNode, useMemo } from "react";
import { useTranslation } from "react-i18next";

import { ChartFrame } from "../components/chart-frame.tsx";
import { formatDate } from "../i18n/index.ts";
import SeriesChart from "./series-chart.tsx";

export default function PlanCharts({
  plan,
  evaluation,
  phaseIndex,
}: {
  plan: Plan;
  evaluation: PlanEvaluation;
  phaseIndex: number;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === "en" ? "en" : "vi";
  const diff = useMemo(() => diffPlan(plan, evaluation, { phaseIndex }), [plan, evaluation, phaseIndex]);
  const summary = useMemo(() => summarizePlan(plan, evaluation), [plan, evaluation]);
  const roadmap = useMemo(
    () => computePlanDeputyRoadmap(plan, evaluation, { phaseIndex }),
    [plan, evaluation, phaseIndex],
  );
  const phase = evaluation.phases[phaseIndex];
  const limits = useMemo(() => {
    if (!diff.ok || !phase) return undefined;
    const applied = applyPlan(plan);
    const structure = applied.ok ? applied.phases[phaseIndex]?.snapshot : undefined;
    if (!structure) return undefined;
    // The units that change; for a district plan with no change yet, its divisions.
    const changed = diff.diff.units.filter(
      (unit) => unit.change !== "removed" && unit.change !== "unchanged",
    );
    const ids =
      changed.length > 0
        ? changed.map((unit) => unit.id)
        : structure.districts
            .flatMap((district) => district.divisions.map((division) => division.id))
            .slice(0, 30);
    return deputiesAgainstLimitChart(structure, ids);
  }, [diff, phase, plan, phaseIndex]);

  if (!diff.ok) return <Alert type="error" showIcon title={diff.error.message[language]} />;
  const frame = (title: string, testId: string, body: ReactNode) => (
    <Col xs={24} xl={12}>
      <ChartFrame title={title} description={t("plans.chartDescription", { title })} testId={testId}>
        {body}
      </ChartFrame>
    </Col>
  );
  const changes = diff.diff.charts.payrollPerChangedUnit.categories.length;

  return (
    <Row gutter={[16, 16]} data-testid="plan-charts">
      {frame(
        t("plans.chartPayrollTitle"),
        "chart-payroll",
        changes === 0 ? (
          <Empty description={t("plans.chartNoChanges")} />
        ) : (
          <SeriesChart data={diff.diff.charts.payrollPerChangedUnit} testId="chart-payroll-svg" />
        ),
      )}
      {frame(
        t("plans.chartDeputiesTitle"),
        "chart-deputies",
        changes === 0 ? (
          <Empty description={t("plans.chartNoChanges")} />
        ) : (
          <SeriesChart data={diff.diff.charts.deputiesPerChangedUnit} testId="chart-deputies-svg" />
        ),
      )}
      {limits && limits.categories.length > 0
        ? frame(
            t("plans.chartLimitTitle"),
            "chart-limit",
            <SeriesChart data={limits} markerKeys={["limit"]} testId="chart-limit-svg" />,
          )
        : null}
      {summary.ok
        ? frame(
            t("plans.chartStepsTitle"),
            "chart-steps",
            <SeriesChart data={summary.summary.chart} testId="chart-steps-svg" />,
          )
        : null}
      {frame(
        t("plans.chartRoadmapTitle"),
        "chart-roadmap",
        !roadmap.ok ? (
          <Alert
            type="warning"
            showIcon
            title={t("plans.roadmapUnavailable", { message: roadmap.error.message[language] })}
          />
        ) : roadmap.roadmap.totals.series.every((point) => point.surplus === 0) ? (
          <Empty description={t("plans.roadmapNoSurplus")} />
        ) : (
          <SeriesChart
            data={roadmap.roadmap.totals.chart}
            lineKeys={["limit"]}
            categoriesAcross
            reference={
              roadmap.roadmap.deadline
                ? {
                    category: roadmap.roadmap.deadline.date.slice(0, 4),
                    label: t("plans.deadline", {
                      date: formatDate(roadmap.roadmap.deadline.date, i18n.language),
                    }),
                  }
                : undefined
            }
            testId="chart-roadmap-svg"
          />
        ),
      )}
      {summary.ok
        ? frame(
            t("plans.chartSeverityTitle"),
            "chart-severity",
            <SeriesChart data={severityChart(summary.summary)} testId="chart-severity-svg" />,
          )
        : null}
    </Row>
  );
}
