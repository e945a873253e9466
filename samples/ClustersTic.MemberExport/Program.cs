using System;
using System.CommandLine;
using System.IO;
using ClustersTic;
using ClustersTic.DataSets;
using ClustersTic.RuleSets;
using ClustersTic.Documents;
using ClustersTic.Reports;
using ClustersTic.Text;
using NodaTime;
using NodaTime.Text;

// Evaluates a member export (a ClustersTic data set, see schemas/data-set.schema.json) and writes every
// decision as JSON. Exit codes: 0 done, 1 the export or the rule set is not valid (problems on stderr), 2 usage.
var input = new Argument<FileInfo>("export") { Description = "The member export: a data set JSON file." };
var output = new Option<FileInfo?>("--output", "-o") { Description = "Where to write the decisions (JSON); standard output when absent." };
var asOf = new Option<string?>("--as-of") { Description = "The date of the decisions (yyyy-MM-dd); today in Europe/Paris when absent." };
var rulesFile = new Option<FileInfo?>("--rules") { Description = "A rule set JSON file; the embedded rule set in force on the date when absent." };
var lang = new Option<string?>("--lang") { Description = "Also write each finding's message: fr or en; load problems are shown in that language (French when absent)." };
lang.AcceptOnlyFromAmong("fr", "en");

var root = new RootCommand("Evaluates a cluster's member export with the ClustersTic rules.") { input, output, asOf, rulesFile, lang };
root.SetAction(result =>
{
    SystemClock clock = SystemClock.Instance;
    LocalDate date = clock.GetCurrentInstant().InZone(ConsortiumRules.TimeZone).Date;
    if (result.GetValue(asOf) is string text)
    {
        ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            Console.Error.WriteLine($"--as-of: '{text}' is not a date (yyyy-MM-dd).");
            return 2;
        }

        date = parsed.Value;
    }

    try
    {
        RuleSet ruleSet = result.GetValue(rulesFile) is FileInfo file ? RuleSet.LoadFile(file.FullName) : RuleSetCatalog.Embedded.GetInForce(date);
        DataSet export = DataSet.LoadFile(result.GetValue(input)!.FullName);
        ConsortiumReport report = new ConsortiumRules(ruleSet, clock).Evaluate(export, date);
        Language? language = result.GetValue(lang) switch { "fr" => Language.French, "en" => Language.English, _ => null };
        string json = report.ToJson(language);
        if (result.GetValue(output) is FileInfo target)
        {
            File.WriteAllText(target.FullName, json);
            Console.Error.WriteLine($"{report.Companies.Count} companies, {report.Clusters.Count} clusters, {report.Signatures.Count} signatures → {target.FullName}");
        }
        else
        {
            Console.WriteLine(json);
        }

        return 0;
    }
    catch (DocumentValidationException ex)
    {
        // Each problem where it is, in the language asked for (French by default).
        Language language = result.GetValue(lang) == "en" ? Language.English : Language.French;
        foreach (DocumentProblem problem in ex.Problems)
        {
            string where = problem.Line is int line ? $"{problem.Path} ({(language == Language.English ? "line" : "ligne")} {line})" : problem.Path;
            Console.Error.WriteLine($"{where}{Prose.Colon(language)}{problem.GetMessage(language)} [{problem.Code}]");
        }

        return 1;
    }
    catch (IOException ex)
    {
        Console.Error.WriteLine(ex.Message);
        return 1;
    }
});

return root.Parse(args).Invoke();
