using System;
using System.Diagnostics;
using System.IO;
using ClustersTic.Cli;
using ClustersTic.Cli.Output;
using ClustersTic.Cli.Tabular;
using ClustersTic.Companies;
using ClustersTic.RuleSets;
using ClustersTic.Text;
using NodaTime;

namespace ClustersTic.Benchmarks;

/// <summary>Where the time of <c>companies --format json</c> goes, stage by stage, in-process (--cli-stages).</summary>
public static class CliStages
{
    private static readonly string[] Names = ["read rows", "+ map to companies", "+ evaluate", "+ write NDJSON"];

    public static void Run(int rows)
    {
        string file = CliFiles.MemberList(rows);
        var texts = new Texts(Language.French);
        var rules = new ConsortiumRules(RuleSetCatalog.Embedded.Get("v1"), SystemClock.Instance);
        var date = new LocalDate(2026, 12, 1);
        var clusters = DataSets.DataSet.LoadFile(CliFiles.Clusters).Clusters;
        var snapshot = rules.Snapshot(clusters, date);
        var names = new ClusterNames(clusters);
        for (int stage = 0; stage < 4; stage++)
        {
            var clock = Stopwatch.StartNew();
            long n = 0;
            using (TableReader table = CsvTableReader.Open(file, null))
            {
                CompanyTable map = CompanyTable.Map(table.Header, []);
                using var output = new FileStream(CliFiles.Output("stages.ndjson"), FileMode.Create);
                using ResultWriter writer = ResultWriter.Create("json", output, texts, []);
                foreach (TableRow row in table.Rows())
                {
                    n++;
                    if (stage == 0)
                    {
                        continue;
                    }

                    CompanyRow read = map.Read(row, false, names);
                    if (stage == 1 || read.Company is null)
                    {
                        continue;
                    }

                    CompanyEligibilityDecision decision = rules.EvaluateCompany(read.Company, snapshot);
                    if (stage == 3)
                    {
                        writer.Write(null!, decision);
                    }
                }
            }

            Console.WriteLine(FormattableString.Invariant($"stage {stage} ({Names[stage]}): {n:N0} rows in {clock.Elapsed.TotalSeconds:F2} s"));
        }
    }
}
