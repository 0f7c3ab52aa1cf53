import type { TimelineData } from "../../../src/charts/timeline.ts";
import type { PopulationData } from "../../../src/charts/population.ts";

export const timelineData: TimelineData = {
  events: [
    { id: "ferry", at: 1868.5, dateLabel: "1868年", title: "方岩渡建成" },
    { id: "town", at: 1983.8, dateLabel: "1983年10月12日", title: "省政府批准建鎮" },
    { id: "city", at: 2019.7, dateLabel: "2019年9月25日", title: "龍港市掛牌" },
  ],
};

export const populationData: PopulationData = {
  locale: "zh-hant",
  bars: [
    {
      id: "a",
      category: "建鎮前",
      value: 5000,
      valueLabel: "5000",
      qualifierLabel: "約",
      fullLabel: "約5000人",
      bound: false,
    },
    {
      id: "b",
      category: "1993",
      value: 135000,
      valueLabel: "13.5萬",
      qualifierLabel: "約",
      fullLabel: "約13.5萬人",
      bound: false,
    },
    {
      id: "c",
      category: "2024",
      value: 500000,
      valueLabel: "50萬",
      qualifierLabel: "近",
      fullLabel: "近50萬人",
      bound: true,
    },
  ],
};
