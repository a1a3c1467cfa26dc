// The Allure 3 report of a run's Allure results, as `./harness allure` builds it (see the README, "Allure").
// The history of earlier runs is a file that each build reads and then extends: $ALLURE_HISTORY, which the
// harness sets from --history (default: allure-history.jsonl, kept between runs; CI keeps it in its cache).
export default {
  name: "CM/ECF acceptance suite",
  historyPath: process.env.ALLURE_HISTORY ?? "./allure-history.jsonl",
  historyLimit: 30,
  plugins: {
    awesome: {
      options: {
        // One file that opens from disk, as report.html does, attachments and all.
        singleFile: true,
        // The tree a product owner reads: feature, then rule (the story label), then the scenarios.
        groupBy: ["feature", "story"],
      },
    },
  },
};
