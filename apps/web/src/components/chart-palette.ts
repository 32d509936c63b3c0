// Colours for every chart: the Okabe–Ito palette, distinguishable with the common colour-vision
// deficiencies; each series also has a legend entry and exact numbers in its tooltip, so colour is
// never the only carrier of meaning.
export const chartColours = {
  before: "#999999",
  after: "#0072b2",
  violation: "#c62828",
  warning: "#e69f00",
  transitional: "#cc79a7",
  info: "#56b4e9",
  limit: "#d55e00",
  ok: "#009e73",
  neutral: "#000000",
} as const;

/** Severity → colour, in the order the legend lists them. */
export const severityColours = {
  violation: chartColours.violation,
  transitional: chartColours.transitional,
  warning: chartColours.warning,
  info: chartColours.info,
} as const;
