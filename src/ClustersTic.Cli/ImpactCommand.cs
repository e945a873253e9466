using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Text.Json;
using ClustersTic.Charter;
using ClustersTic.Cli.Tabular;
using ClustersTic.Companies;
using ClustersTic.DataSets;
using ClustersTic.Decisions;
using ClustersTic.Organisations;
using ClustersTic.Reports;
using ClustersTic.RuleSets;
using ClustersTic.Signatures;
using ClustersTic.Text;
using NodaTime;

namespace ClustersTic.Cli;

/// <summary><c>clusters-tic rulesets impact &lt;a&gt; &lt;b&gt; --population &lt;file&gt;</c>: every record whose
/// outcome, level or status differs under the two rule sets, with the findings that differ, and the counts — the
/// consortium's question before publishing a version.</summary>
internal static class ImpactCommand
{
    public static Command Create(Option<string> lang, Texts texts, Option<string> format, DataCommands.DataOptions data)
    {
        var before = new Argument<string>("from") { Description = texts.T("Le jeu de règles en vigueur (identifiant ou fichier).", "The rule set in force (id or file).") };
        var after = new Argument<string>("to") { Description = texts.T("Le jeu de règles proposé (identifiant ou fichier).", "The proposed rule set (id or file).") };
        var population = new Option<string>("--population")
        {
            Description = texts.T("La population : un jeu de données .json (entreprises, clusters, évaluations, signatures) ou un tableau d’entreprises .csv ou .xlsx.", "The population: a .json data set (companies, clusters, assessments, signatures) or a .csv or .xlsx table of companies."),
            Required = true,
        };
        var command = new Command("impact", texts.T(
            "Chaque enregistrement dont le résultat, le niveau ou le statut change d’un jeu de règles à l’autre, avec les constats qui changent, et les comptes. Code de sortie : 0 aucun changement, 1 des changements, 2 entrée illisible, 3 partiel : des lignes illisibles.",
            "Every record whose outcome, level or status differs from one rule set to the other, with the findings that differ, and the counts. Exit code: 0 no change, 1 changes, 2 unreadable input, 3 partial: some rows unreadable."))
        {
            before,
            after,
            population,
            data.AsOf,
            data.Clusters,
            data.Encoding,
            data.Map,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var t = new Texts(result.GetValue(lang) == "en" ? Language.English : Language.French);
            try
            {
                (RuleSet? a, _) = await RulesetsCommand.OpenAsync(result.GetValue(before)!, t, cancellationToken, problemsTo: Console.Error);
                if (a is null)
                {
                    return ExitCodes.Usage;
                }

                (RuleSet? b, _) = await RulesetsCommand.OpenAsync(result.GetValue(after)!, t, cancellationToken, problemsTo: Console.Error);
                if (b is null)
                {
                    return ExitCodes.Usage;
                }

                var rulesA = new ConsortiumRules(a, SystemClock.Instance);
                var rulesB = new ConsortiumRules(b, SystemClock.Instance);
                LocalDate date = DataCommands.ParseDate(result.GetValue(data.AsOf), t) ?? rulesA.Today;
                string input = result.GetValue(population)!;
                if (!File.Exists(input))
                {
                    throw new TableException("fichier introuvable : " + input, "file not found: " + input);
                }

                var impact = new Impact(t);
                int exit;
                string extension = Path.GetExtension(input).ToLowerInvariant();
                if (extension == ".json")
                {
                    DataSet dataSet = DataCommands.LoadDataSet(input, t) ?? throw new DataCommands.UsageFailure();
                    impact.Compare(rulesA.Evaluate(dataSet, date), rulesB.Evaluate(dataSet, date));
                    exit = impact.Changes.Count == 0 ? ExitCodes.Valid : ExitCodes.NotValid;
                }
                else if (extension is ".csv" or ".txt" or ".xlsx")
                {
                    IReadOnlyList<Cluster> clusters = ConsortiumFounders.All;
                    string? clustersFile = result.GetValue(data.Clusters);
                    if (clustersFile is not null)
                    {
                        clusters = DataCommands.LoadDataSet(clustersFile, t)?.Clusters ?? throw new DataCommands.UsageFailure();
                    }

                    ConsortiumSnapshot snapshotA = rulesA.Snapshot(clusters, date);
                    ConsortiumSnapshot snapshotB = rulesB.Snapshot(clusters, date);
                    using var companies = new CompanyInput(input, extension == ".xlsx", result.GetValue(data.Encoding)!, result.GetValue(data.Map) ?? [], clusters, clustersFile is not null, t);
                    foreach ((int line, Company company) in companies.Companies())
                    {
                        impact.Compare(rulesA.EvaluateCompany(company, snapshotA), rulesB.EvaluateCompany(company, snapshotB), line);
                    }

                    exit = companies.ExitCode(impact.Changes.Count == 0 ? ExitCodes.Valid : ExitCodes.NotValid);
                }
                else
                {
                    throw new TableException(
                        "« " + input + " » : extension inconnue ; donnez un jeu de données .json, un .csv ou un .xlsx.",
                        "'" + input + "': unknown extension; give a .json data set, a .csv or an .xlsx.");
                }

                if (result.GetValue(format) == "json")
                {
                    impact.WriteJson(Console.OpenStandardOutput(), a, b, date);
                }
                else
                {
                    impact.WriteText(Console.Out, a, b, date);
                }

                return exit;
            }
            catch (TableException e)
            {
                Console.Error.WriteLine(e.In(t));
                return ExitCodes.Usage;
            }
            catch (DataCommands.UsageFailure)
            {
                return ExitCodes.Usage;
            }
        });
        return command;
    }

    /// <summary>How many records went from one result to another, with the words for them.</summary>
    private sealed record Transition(string KindLabel, string FromLabel, string ToLabel, int Count);

    /// <summary>One record whose result differs.</summary>
    private sealed record Change(string Kind, string KindLabel, int? Line, string Subject, string Name, string From, string To, string FromLabel, string ToLabel, IReadOnlyList<Finding> Added, IReadOnlyList<Finding> Removed);

    /// <summary>The comparison, record by record, with the counts.</summary>
    private sealed class Impact(Texts t)
    {
        private readonly SortedDictionary<string, int> _records = new(StringComparer.Ordinal);
        private readonly Dictionary<(string Kind, string From, string To), Transition> _transitions = [];

        public List<Change> Changes { get; } = [];

        public void Compare(ConsortiumReport a, ConsortiumReport b)
        {
            for (int i = 0; i < a.Companies.Count; i++)
            {
                Compare(a.Companies[i], b.Companies[i], null);
            }

            for (int i = 0; i < a.Clusters.Count; i++)
            {
                ClusterAdmissionDecision x = a.Clusters[i];
                ClusterAdmissionDecision y = b.Clusters[i];
                Add("cluster", t.T("cluster", "cluster"), null, x, y, x.ClusterName, x.Outcome.ToString(), y.Outcome.ToString(), Labels.Get(x.Outcome, t.Language), Labels.Get(y.Outcome, t.Language));
            }

            for (int i = 0; i < a.Assessments.Count; i++)
            {
                AssessmentResult x = a.Assessments[i];
                AssessmentResult y = b.Assessments[i];
                Add("assessment", t.T("évaluation", "assessment"), null, x, y, string.Empty, x.Level.ToString(), y.Level.ToString(), Labels.Get(x.Level, t.Language), Labels.Get(y.Level, t.Language));
            }

            for (int i = 0; i < a.Signatures.Count; i++)
            {
                SignatureDecision x = a.Signatures[i];
                SignatureDecision y = b.Signatures[i];
                Add("signature", t.T("signature", "signature"), null, x, y, string.Empty, x.Status.ToString(), y.Status.ToString(), Labels.Get(x.Status, t.Language), Labels.Get(y.Status, t.Language));
            }
        }

        public void Compare(CompanyEligibilityDecision x, CompanyEligibilityDecision y, int? line) =>
            Add("company", t.T("entreprise", "company"), line, x, y, x.CompanyName, x.Outcome.ToString(), y.Outcome.ToString(), Labels.Get(x.Outcome, t.Language), Labels.Get(y.Outcome, t.Language));

        public void WriteText(TextWriter output, RuleSet a, RuleSet b, LocalDate date)
        {
            int records = 0;
            foreach (int count in _records.Values)
            {
                records += count;
            }

            output.WriteLine(t.T("Impact de ", "Impact of ") + b.Id + t.T(" par rapport à ", " compared with ") + a.Id + t.T(" au ", " on ") + Prose.Date(date, t.Language) + t.Colon
                + Count(records, "enregistrement", "record") + ", " + (Changes.Count == 0 ? t.T("aucun ne change", "none changes") : Count(Changes.Count, "change", "changes", plainCount: true)) + ".");
            foreach (Change change in Changes)
            {
                string where = change.Line is int line ? " (" + t.Line(line) + ")" : string.Empty;
                string name = change.Name.Length > 0 ? " " + change.Name : string.Empty;
                output.WriteLine();
                output.WriteLine(Capitalize(change.KindLabel) + " " + change.Subject + name + where + t.Colon + change.FromLabel + " → " + change.ToLabel);
                foreach (Finding finding in change.Added)
                {
                    output.WriteLine("  + " + finding.GetMessage(t.Language) + " [" + finding.Code + "]");
                }

                foreach (Finding finding in change.Removed)
                {
                    output.WriteLine("  − " + finding.GetMessage(t.Language) + " [" + finding.Code + "]");
                }
            }

            if (_transitions.Count > 0)
            {
                output.WriteLine();
                output.WriteLine(t.T("Comptes", "Counts") + t.Colon.TrimEnd());
                foreach (KeyValuePair<(string Kind, string From, string To), Transition> transition in Sorted())
                {
                    Transition x = transition.Value;
                    output.WriteLine("  " + x.KindLabel + t.Colon + x.FromLabel + " → " + x.ToLabel + t.Colon + Prose.Number(x.Count, t.Language));
                }
            }
        }

        public void WriteJson(Stream output, RuleSet a, RuleSet b, LocalDate date) => JsonOutput.Write(output, w =>
        {
            w.WriteStartObject();
            WriteRuleSet(w, "from", a);
            WriteRuleSet(w, "to", b);
            w.WriteString("asOf", date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            w.WriteStartObject("records");
            foreach (KeyValuePair<string, int> kind in _records)
            {
                w.WriteNumber(kind.Key, kind.Value);
            }

            w.WriteEndObject();
            w.WriteNumber("changed", Changes.Count);
            w.WriteStartArray("transitions");
            foreach (KeyValuePair<(string Kind, string From, string To), Transition> transition in Sorted())
            {
                w.WriteStartObject();
                w.WriteString("kind", transition.Key.Kind);
                w.WriteString("from", transition.Key.From);
                w.WriteString("to", transition.Key.To);
                w.WriteNumber("count", transition.Value.Count);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("changes");
            foreach (Change change in Changes)
            {
                w.WriteStartObject();
                w.WriteString("kind", change.Kind);
                w.WriteString("subject", change.Subject);
                if (change.Name.Length > 0)
                {
                    w.WriteString("name", change.Name);
                }

                if (change.Line is int line)
                {
                    w.WriteNumber("line", line);
                }

                w.WriteString("from", change.From);
                w.WriteString("to", change.To);
                WriteFindings(w, "findingsAdded", change.Added);
                WriteFindings(w, "findingsRemoved", change.Removed);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });

        private static void WriteRuleSet(Utf8JsonWriter w, string name, RuleSet ruleSet)
        {
            w.WriteStartObject(name);
            w.WriteString("id", ruleSet.Id);
            w.WriteString("version", ruleSet.Version);
            w.WriteString("fingerprint", ruleSet.Fingerprint);
            w.WriteEndObject();
        }

        private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

        private void WriteFindings(Utf8JsonWriter w, string name, IReadOnlyList<Finding> findings)
        {
            w.WriteStartArray(name);
            foreach (Finding finding in findings)
            {
                w.WriteStartObject();
                w.WriteString("code", finding.Code);
                w.WriteString("message", finding.GetMessage(t.Language));
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        /// <summary>The transitions, the most frequent first (then in a fixed order).</summary>
        private List<KeyValuePair<(string Kind, string From, string To), Transition>> Sorted()
        {
            var list = new List<KeyValuePair<(string Kind, string From, string To), Transition>>(_transitions);
            list.Sort((x, y) => y.Value.Count != x.Value.Count
                ? y.Value.Count.CompareTo(x.Value.Count)
                : string.CompareOrdinal(x.Key.Kind + "/" + x.Key.From + "/" + x.Key.To, y.Key.Kind + "/" + y.Key.From + "/" + y.Key.To));
            return list;
        }

        private string Count(int n, string french, string english, bool plainCount = false)
        {
            string number = Prose.Number(n, t.Language);
            if (plainCount)
            {
                return number + " " + (n == 1 ? t.T("change", "changes") : t.T("changent", "change"));
            }

            return number + " " + t.T(french, english) + (n == 1 ? string.Empty : "s");
        }

        private void Add(string kind, string kindLabel, int? line, Decision x, Decision y, string name, string from, string to, string fromLabel, string toLabel)
        {
            _records[kind] = _records.TryGetValue(kind, out int count) ? count + 1 : 1;
            if (from == to)
            {
                return;
            }

            var added = new List<Finding>();
            foreach (Finding finding in y.Findings)
            {
                if (!Contains(x.Findings, finding))
                {
                    added.Add(finding);
                }
            }

            var removed = new List<Finding>();
            foreach (Finding finding in x.Findings)
            {
                if (!Contains(y.Findings, finding))
                {
                    removed.Add(finding);
                }
            }

            Changes.Add(new Change(kind, kindLabel, line, x.Subject, name, from, to, fromLabel, toLabel, added, removed));
            (string, string, string) key = (kind, from, to);
            _transitions[key] = new Transition(kindLabel, fromLabel, toLabel, _transitions.TryGetValue(key, out Transition? n) ? n.Count + 1 : 1);
        }

        private static bool Contains(IReadOnlyList<Finding> findings, Finding finding)
        {
            foreach (Finding f in findings)
            {
                if (f.Equals(finding))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
