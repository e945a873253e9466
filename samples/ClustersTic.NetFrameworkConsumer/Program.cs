using System;
using System.IO;
using System.Text;
using ClustersTic;
using ClustersTic.DataSets;
using ClustersTic.Identifiers;
using ClustersTic.Reports;
using ClustersTic.RuleSets;
using ClustersTic.Text;
using NodaTime;

// The same decisions on .NET Framework (netstandard2.0 build) and .NET (net8.0 build): the output is the decisions
// as JSON in both languages, and a few identifier checks, written as UTF-8 to standard output.
string input = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "members.json");
var rules = new ConsortiumRules(RuleSetCatalog.Embedded, new FixedClock(Instant.FromUtc(2026, 11, 28, 9, 0)));
ConsortiumReport report = rules.Evaluate(DataSet.LoadFile(input));

using Stream output = Console.OpenStandardOutput();
report.WriteTo(output, Language.French);
Write(output, "\n");
report.WriteTo(output, Language.English);
Write(output, "\n" + Siren.Parse("005 520 135").ToVatNumber().ToString("S", null) + "\n");
Write(output, (Siret.TryParse("73282932000075", out _, out IdentifierParseFailure why) ? "valid" : why.ToString()) + "\n");
Write(output, rules.GetRuleSet().Fingerprint + "\n");
return 0;

static void Write(Stream output, string text)
{
    byte[] bytes = Encoding.UTF8.GetBytes(text);
    output.Write(bytes, 0, bytes.Length);
}

/// <summary>A clock stopped at one instant.</summary>
internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
